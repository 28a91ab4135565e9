import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GiftReason } from '../../../../shared/domain/gift';
import en from '../../../../renderer/src/i18n/en';
import { isWarning, reasonText } from '../../../../renderer/src/features/gifts/reasons';
import { readLogo } from '../../../../renderer/src/features/profile/LetterheadFields';

let t: TFunction;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: { en: { translation: en } }, lng: 'en', interpolation: { escapeValue: false } });
  t = i18n.t;
});
const words = (reason: GiftReason) => reasonText(reason, t, 'en-GB', 'DKK').replace(/\u00a0/g, ' ');

describe('gift suggestion reasons in words', () => {
  it('says when a gift was given already, with the date in words and how often', () => {
    expect(words({ code: 'already-given', date: '2026-05-03', count: 1 })).toBe('Already given on 3 May 2026');
    expect(words({ code: 'already-given', date: '2026-05-03', count: 3 })).toBe('Already given 3 times, last on 3 May 2026');
  });

  it('words occasions, groups and segments, and money in the business currency', () => {
    expect(words({ code: 'fits-occasion', occasion: 'large-order' })).toBe('Suits the occasion: Large order');
    expect(words({ code: 'fits-rfm-group', group: 'champions' })).toBe('Suits their group: Champions');
    expect(words({ code: 'fits-segment', segmentId: '00000000-0000-4000-8000-000000000000', segmentName: 'VIP' })).toBe('Suits the segment VIP');
    expect(words({ code: 'costly-for-value', costMinor: 50_000, lifetimeValueMinor: 12_000 })).toBe('Costs DKK 500.00: a lot for their value of DKK 120.00');
    expect(words({ code: 'low-stock', stock: 2 })).toBe('Only 2 left');
    expect(words({ code: 'out-of-stock' })).toBe('Out of stock');
  });

  it('marks only the cautions as warnings', () => {
    expect(isWarning({ code: 'already-given', date: '2026-05-03', count: 1 })).toBe(true);
    expect(isWarning({ code: 'out-of-stock' })).toBe(true);
    expect(isWarning({ code: 'fits-occasion', occasion: 'birthday' })).toBe(false);
    expect(isWarning({ code: 'cost-fits-value', costMinor: 1, lifetimeValueMinor: 100 })).toBe(false);
  });
});

describe('a logo for the letterhead', () => {
  it('refuses a file that is not PNG or JPEG, and one over 1 MB, before reading it', async () => {
    expect(await readLogo(new File(['GIF89a'], 'logo.gif', { type: 'image/gif' }))).toEqual({ problem: 'type' });
    expect(await readLogo(new File([new Uint8Array(1_000_001)], 'big.png', { type: 'image/png' }))).toEqual({ problem: 'size' });
  });
});
