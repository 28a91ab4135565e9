import { describe, expect, it } from 'vitest';
import { defaultProfile } from '../../../shared/domain/profile';
import i18n from '../../../renderer/src/i18n';
import { changedFields, validateProfile } from '../../../renderer/src/features/profile/validation';

const t = i18n.t.bind(i18n);
const withMargin = (grossMarginPercent: number) => ({ ...defaultProfile('Hansen’s Bakery'), grossMarginPercent });

describe('the profile form’s gross margin', () => {
  it('accepts 0 to 100, decimals too, with 40 as the default', () => {
    expect(defaultProfile('x').grossMarginPercent).toBe(40);
    for (const margin of [0, 40, 55.5, 100]) expect(validateProfile(withMargin(margin), t)).toEqual({});
  });

  it('refuses a margin outside 0–100 or not a number, in words about percentages', () => {
    const message = 'Write a percentage from 0 to 100, such as 40.';
    expect(validateProfile(withMargin(101), t)).toEqual({ grossMarginPercent: message });
    expect(validateProfile(withMargin(-1), t)).toEqual({ grossMarginPercent: message });
    // an emptied field is NaN
    expect(validateProfile(withMargin(Number.NaN), t)).toEqual({ grossMarginPercent: message });
  });

  it('sends a changed margin in the patch, and nothing when it is unchanged', () => {
    expect(changedFields(withMargin(40), withMargin(55))).toEqual({ grossMarginPercent: 55 });
    expect(changedFields(withMargin(40), withMargin(40))).toEqual({});
  });
});
