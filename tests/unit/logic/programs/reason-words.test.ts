import { describe, expect, it } from 'vitest';
import type { BusinessFacts } from '../../../../shared/domain/program';
import { LANGUAGES } from '../../../../shared/domain/profile';
import { REASON_WORDS } from '../../../../shared/logic/programs/reason-words';
import { recommendPrograms } from '../../../../shared/logic/programs/recommend';
import { formatMoney } from '../../../../shared/logic/template/formats';

/**
 * The recommendations' reasons in the five languages (shared/logic/programs/reason-words.ts): the same
 * recommendations in every language, each reason worded in it with its numbers formatted the language's way.
 */

// every rule fires: frequent small purchases (stamp card, points), a strong top fifth (tiers), referrals, lapsing,
// birthdays; and a B2B variant for the account rule and the warnings
const facts = (over: Partial<BusinessFacts> = {}): BusinessFacts => ({
  kind: 'b2c', industry: 'Bakery', customers: 1_000, buyers: 800, companies: 0, purchasesPerBuyer: 6.4, averageBasketMinor: 4_550,
  averageBasketEurMinor: 610, currency: 'DKK', topFifthRevenueShare: 0.725, repeatRate: 0.5, referralShare: 0.083, lapsedShare: 0.215, withBirthday: 300, ...over,
});
const b2b = facts({ kind: 'b2b', companies: 700, purchasesPerBuyer: 1.5, buyers: 120, averageBasketMinor: 900_000, averageBasketEurMinor: 120_000 });

describe('reasons in five languages', () => {
  it('gives the same recommendations, scores and warnings in every language, with as many reasons each', () => {
    for (const f of [facts(), b2b, facts({ withBirthday: 20 }), facts({ withBirthday: 0 })]) {
      const english = recommendPrograms(f);
      for (const language of LANGUAGES) {
        const other = recommendPrograms(f, language);
        expect(other.recommendations.map((r) => [r.key, r.score, r.reasons.length])).toEqual(english.recommendations.map((r) => [r.key, r.score, r.reasons.length]));
        expect(other.notAdvised.map((n) => n.type)).toEqual(english.notAdvised.map((n) => n.type));
        for (const reason of [...other.recommendations.flatMap((r) => r.reasons), ...other.notAdvised.map((n) => n.reason)]) expect(reason.trim().length).toBeGreaterThan(20);
        if (language !== 'en') {
          // no sentence is left in English
          const englishReasons = new Set(english.recommendations.flatMap((r) => r.reasons));
          for (const reason of other.recommendations.flatMap((r) => r.reasons)) expect(englishReasons.has(reason), `${language}: ${reason}`).toBe(false);
        }
      }
    }
    expect(recommendPrograms(b2b, 'cs').notAdvised.length).toBeGreaterThan(0);
  });

  it('formats the numbers the language\'s way', () => {
    const stamp = (language: 'da' | 'cs' | 'en') => recommendPrograms(facts(), language).recommendations.find((r) => r.key === 'stamp-card')!.reasons;
    expect(stamp('da')[0]).toContain('6,4 køb pr. køber');
    expect(stamp('da')[1]).toContain(formatMoney(4_550, 'DKK', 'da'));
    expect(stamp('da')[1]).toContain(formatMoney(610, 'EUR', 'da'));
    expect(stamp('cs')[0]).toContain('12 měsíců: 6,4');
    expect(stamp('en')[0]).toContain('6.4 purchases per buyer');
    const tiers = recommendPrograms(facts(), 'sl').recommendations.find((r) => r.key === 'tiers')!.reasons;
    expect(tiers[0]).toContain('72,5 %');
    expect(tiers[0]).toContain('60 %');
  });

  it('has every sentence in every language', () => {
    for (const language of LANGUAGES) {
      for (const [key, value] of Object.entries(REASON_WORDS[language])) {
        if (typeof value === 'string') expect(value.trim(), `${language}.${key}`).not.toBe('');
        else if (typeof value === 'function') expect((value as (...a: string[]) => string)('«1»', '«2»'), `${language}.${key}`).toContain('«1»');
      }
    }
  });
});
