import { describe, expect, it } from 'vitest';
import en, { EN_FEATURES } from '../../../renderer/src/i18n/en';

/** The feature files are joined into one namespace by spreading: a top-level key in two files would hide one. */
describe('English strings per feature', () => {
  it('gives each top-level key to exactly one feature file', () => {
    const owners = new Map<string, string[]>();
    for (const [feature, strings] of Object.entries(EN_FEATURES)) {
      for (const key of Object.keys(strings)) owners.set(key, [...(owners.get(key) ?? []), feature]);
    }
    const shared = [...owners].filter(([, features]) => features.length > 1);
    expect(shared).toEqual([]);
  });

  it('joins every feature file into the one namespace, nothing lost', () => {
    const featureKeys = Object.values(EN_FEATURES).flatMap((strings) => Object.keys(strings));
    expect(Object.keys(en).sort()).toEqual([...featureKeys].sort());
  });
});
