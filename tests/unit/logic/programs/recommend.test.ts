import { describe, expect, it } from 'vitest';
import type { BusinessFacts } from '../../../../shared/domain/program';
import { ProgramInputSchema } from '../../../../shared/domain/program';
import { recommendPrograms } from '../../../../shared/logic/programs/recommend';

/** A quiet baseline: no rule but the "everyone" ones fires; each test changes what its rule looks at. */
const facts = (over: Partial<BusinessFacts> = {}): BusinessFacts => ({
  kind: 'b2c', industry: 'Bakery', customers: 1_000, buyers: 800, companies: 0, purchasesPerBuyer: 2.5, averageBasketMinor: 20_000,
  averageBasketEurMinor: 2_700, currency: 'DKK', topFifthRevenueShare: 0.4, repeatRate: 0.5, referralShare: 0.01, lapsedShare: 0.05, withBirthday: 0, ...over,
});
const keys = (f: BusinessFacts) => recommendPrograms(f).recommendations.map((r) => r.key);
const rec = (f: BusinessFacts, key: string) => recommendPrograms(f).recommendations.find((r) => r.key === key)!;

describe('recommendPrograms', () => {
  it('everyone: thank-you, anniversary, surprise, in score order (then key), each draft a valid program', () => {
    const answer = recommendPrograms(facts());
    expect(answer.recommendations.map((r) => r.key)).toEqual(['thank-you', 'anniversary', 'surprise']);
    for (const r of answer.recommendations) expect(ProgramInputSchema.safeParse(r.draft).success).toBe(true);
    expect(answer.notAdvised).toEqual([]);
  });

  it('many small frequent purchases: stamp card first, then points, with the numbers', () => {
    const f = facts({ purchasesPerBuyer: 6, averageBasketMinor: 4_500, averageBasketEurMinor: 600 });
    expect(keys(f).slice(0, 2)).toEqual(['stamp-card', 'points']);
    expect(rec(f, 'stamp-card').reasons[0]).toBe('Customers come back often: 6 purchases per buyer in the last 12 months (a stamp card suits 4 or more).');
    expect(rec(f, 'stamp-card').reasons[1]).toContain('45.00 DKK (about 6.00 EUR)');
    expect(rec(f, 'stamp-card').draft.rules).toMatchObject({ type: 'stampCard', rewardAt: 10 });
  });

  it('frequent but large baskets: points, no stamp card', () => {
    const f = facts({ purchasesPerBuyer: 5, averageBasketMinor: 150_000, averageBasketEurMinor: 20_000 });
    expect(keys(f)).toContain('points');
    expect(keys(f)).not.toContain('stamp-card');
  });

  it('B2B: account attention first, points and stamps not advised', () => {
    const f = facts({ kind: 'b2b', purchasesPerBuyer: 6, averageBasketEurMinor: 500 });
    const answer = recommendPrograms(f);
    expect(answer.recommendations[0]!.key).toBe('account-attention');
    expect(keys(f)).not.toContain('points');
    expect(keys(f)).not.toContain('stamp-card');
    expect(keys(f)).not.toContain('surprise');
    expect(answer.notAdvised.map((n) => n.type)).toEqual(['points', 'stampCard']);
  });

  it('few high-value accounts count as an account business even when the profile says both', () => {
    const f = facts({ kind: 'both', buyers: 40, purchasesPerBuyer: 3, averageBasketMinor: 1_000_000, averageBasketEurMinor: 134_000 });
    expect(rec(f, 'account-attention').reasons.join(' ')).toContain('40 buyers, each worth 30,000.00 DKK a year');
  });

  it('a strong top group: tiers', () => {
    expect(keys(facts({ topFifthRevenueShare: 0.59 }))).not.toContain('tiers');
    const r = rec(facts({ topFifthRevenueShare: 0.7 }), 'tiers');
    expect(r.reasons[0]).toContain('70 %');
    expect(r.draft.rules).toMatchObject({ type: 'tiers', basis: 'spend' });
  });

  it('visible word of mouth: referral', () => {
    expect(keys(facts({ referralShare: 0.049 }))).not.toContain('referral');
    expect(rec(facts({ referralShare: 0.08 }), 'referral').reasons[0]).toContain('8 %');
  });

  it('notable lapsing: win-back', () => {
    expect(keys(facts({ lapsedShare: 0.14 }))).not.toContain('win-back');
    expect(rec(facts({ lapsedShare: 0.3 }), 'win-back').reasons[0]).toContain('30 %');
  });

  it('birthdays known: birthday and anniversary scores higher and says so', () => {
    expect(rec(facts({ withBirthday: 300 }), 'anniversary')).toMatchObject({ score: 45 });
    expect(rec(facts(), 'anniversary').reasons[0]).toContain('No birthdays');
  });

  it('rare purchases: stamp cards and points not advised', () => {
    expect(recommendPrograms(facts({ purchasesPerBuyer: 1.2 })).notAdvised.map((n) => n.type)).toEqual(['stampCard', 'points']);
  });
});
