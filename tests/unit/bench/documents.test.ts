import { describe, expect, it } from 'vitest';
import { syntheticLetterPieces } from '../../../scripts/bench/documents';

describe('documents bench pieces', () => {
  it('makes the count asked for, repeatably, with distinct ids and diacritics', () => {
    const a = syntheticLetterPieces(50);
    expect(a).toHaveLength(50);
    expect(new Set(a.map((p) => p.customerId)).size).toBe(50);
    expect(syntheticLetterPieces(50)).toEqual(a);
    expect(a.map((p) => p.name).join(' ')).toMatch(/ř.*Š|Š.*ř/);
    expect(a.every((p) => !p.text.includes('{{') && p.postalAddress.length === 5)).toBe(true);
  });
});
