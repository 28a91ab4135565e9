import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../../../renderer/src/i18n/en';
import { figureValue } from '../../../../renderer/src/features/programs/figures';

/** The economics' figures as the screens write them (renderer/src/features/programs/figures.ts), by their unit. */
describe('figureValue', () => {
  it('writes a break-even by its unit: points for a retention uplift, per cent (signed) for frequency and basket', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'en', resources: { en: { translation: en } }, interpolation: { escapeValue: false } });
    const t = i18n.t.bind(i18n);
    expect(figureValue({ key: 'breakEvenUplift', value: 9.66, unit: 'points' }, t, 'en', 'DKK', 'retention')).toBe('+9.66 points');
    expect(figureValue({ key: 'breakEvenUplift', value: 4.5, unit: 'percent' }, t, 'en', 'DKK', 'frequency')).toBe('+4.5%');
    expect(figureValue({ key: 'breakEvenUplift', value: null, unit: 'points' }, t, 'en', 'DKK', 'retention')).toBe(t('programs.economics.none'));
  });
});
