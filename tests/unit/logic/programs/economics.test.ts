import { describe, expect, it } from 'vitest';
import { EconomicsAssumptionsSchema, type ProgramBase, type ProgramRules } from '../../../../shared/domain/program';
import { programEconomics } from '../../../../shared/logic/programs/economics';

/**
 * The fixture, by hand: 10 target customers, all bought in the year: 4 bought twice, 3 five times, 2 ten times,
 * 1 twelve times = 55 purchases, 550,000 minor revenue (55,000 per buyer), margin 40 %, retention 50 %.
 * Stamp card, reward at 5 stamps, reward cost 2,500, redemption 50 %, everyone joins, fixed cost 10,000,
 * +10 points of retention:
 * - rewards earned: 4×0 + 3×1 + 2×2 + 1×2 = 9; redeemed 4.5 (shown 5); reward cost 4.5 × 2,500 = 11,250
 * - program cost 11,250 + 10,000 = 21,250
 * - incremental revenue: 10 active members × 10 % = 1 more retained buyer × 55,000 = 55,000; gross profit 22,000
 * - net 22,000 − 21,250 = 750; payback 21,250 ÷ (22,000 ÷ 12) = 11.59 → 11.6 months
 * - break-even: each point 10 × 55,000 ÷ 100 = 5,500 revenue, 2,200 gross profit; 21,250 ÷ 2,200 = 9.66 points
 * - +5 retention: margin multiple (1 + 0.1) ÷ (1 + 0.1 − 0.5) = 1.8333 → (1.1) ÷ (1.1 − 0.55) = 2; +9.1 %;
 *   10 × 22,000 × (2 − 1.8333) = 36,667
 * - sensitivity at +5 and 100 % redemption: 2,200 × 5 − (9 × 2,500 + 10,000) = −21,500
 */
const base = (over: Partial<ProgramBase> = {}): ProgramBase => ({
  asOf: '2026-03-01', from: '2025-03-02', currency: 'DKK', grossMarginPercent: 40, targetCustomers: 10, activeBuyers: 10, purchases: 55,
  revenueMinor: 550_000, unconvertedCurrencies: [], retentionRate: 0.5, lapsedCustomers: 0,
  purchaseHistogram: [[2, 4], [5, 3], [10, 2], [12, 1]], spendHistogram: [], spendBucketMinor: 10_000, advocates: 0, referred: 0, giftUnitCostMinor: 0, ...over,
});
const assume = (over: Record<string, unknown> = {}) =>
  EconomicsAssumptionsSchema.parse({ upliftKind: 'retention', upliftPercent: 10, redemptionPercent: 50, joinPercent: 100, fixedCostMinor: 10_000, contactsPerMemberPerYear: 0, ...over });
const stamp: ProgramRules = { type: 'stampCard', stampsPer: 'purchase', amountPerStampMinor: 10_000, rewardAt: 5, reward: { description: 'Free coffee', costMinor: 2_500 } };
const program = (rules: ProgramRules, over: { budgetMinor?: number; giftIds?: string[] } = {}) => ({ rules, budgetMinor: 0, giftIds: [], ...over });
const value = (answer: ReturnType<typeof programEconomics>, key: string) => answer.figures.find((f) => f.key === key)?.value;

describe('programEconomics', () => {
  it('gets the stamp-card fixture right, figure by figure, each with how it was computed', () => {
    const a = programEconomics(program(stamp), base(), assume());
    expect(value(a, 'members')).toBe(10);
    expect(value(a, 'rewardsEarned')).toBe(9);
    expect(value(a, 'rewardsRedeemed')).toBe(5);
    expect(value(a, 'rewardCost')).toBe(11_250);
    expect(value(a, 'programCost')).toBe(21_250);
    expect(value(a, 'incrementalRevenue')).toBe(55_000);
    expect(value(a, 'incrementalGrossProfit')).toBe(22_000);
    expect(value(a, 'net')).toBe(750);
    expect(value(a, 'paybackMonths')).toBe(11.6);
    expect(value(a, 'breakEvenUplift')).toBe(9.66);
    expect(a.figures.find((f) => f.key === 'breakEvenUplift')!.unit).toBe('points'); // a retention uplift is in points
    expect(value(a, 'retentionPlusFive')).toBe(9.1);
    expect(value(a, 'retentionPlusFiveProfit')).toBe(36_667);
    expect(a.sensitivity.uplifts).toEqual([0, 2.5, 5, 7.5, 10]);
    expect(a.sensitivity.redemptions).toEqual([25, 50, 75, 100]);
    expect(a.sensitivity.profitMinor[2]![3]).toBe(-21_500);
    expect(a.sensitivity.profitMinor[4]![1]).toBe(750); // the chosen cell is the net
    expect(a.figures.find((f) => f.key === 'rewardCost')!.how).toBe('4.5 rewards redeemed × 25.00 DKK at cost price = 112.50 DKK.');
    for (const f of a.figures) expect(f.how.length).toBeGreaterThan(10);
  });

  it('gives a loyal base a +5 points answer too, and stops retention at 100 %', () => {
    // 90 % → 95 %: 1.1 ÷ 0.2 = 5.5 → 1.1 ÷ 0.15 = 7.333; +33.3 %; 10 × 22,000 × 1.8333 = 403,333
    const loyal = programEconomics(program(stamp), base({ retentionRate: 0.9 }), assume());
    expect(value(loyal, 'retentionPlusFive')).toBe(33.3);
    expect(value(loyal, 'retentionPlusFiveProfit')).toBe(403_333);
    // 97 % → 100 % (not 102 %): 1.1 ÷ 0.13 = 8.4615 → 1.1 ÷ 0.1 = 11; +30 %
    const nearly = programEconomics(program(stamp), base({ retentionRate: 0.97 }), assume());
    expect(value(nearly, 'retentionPlusFive')).toBe(30);
    expect(nearly.figures.find((f) => f.key === 'retentionPlusFive')!.how).toContain('cannot pass 100 %');
    // 0 % → 5 %: 1 → 1.1 ÷ 1.05 = 1.0476; +4.8 %
    expect(value(programEconomics(program(stamp), base({ retentionRate: 0 }), assume()), 'retentionPlusFive')).toBe(4.8);
  });

  it('counts stamps per amount from the spend histogram, and gifts and postage per contact', () => {
    const rules: ProgramRules = { ...stamp, stampsPer: 'amount', amountPerStampMinor: 10_000, rewardAt: 5 } as ProgramRules;
    // buckets of one full card (50,000): 3 buyers with none, 2 with one card, 1 with three
    const a = programEconomics(program(rules, { giftIds: ['g'] }), base({ spendHistogram: [[0, 3], [50_000, 2], [150_000, 1]], giftUnitCostMinor: 4_000 }), assume({ contactsPerMemberPerYear: 2, postagePerContactMinor: 1_000 }));
    expect(value(a, 'rewardsEarned')).toBe(5);
    expect(value(a, 'giftCost')).toBe(10 * 2 * 4_000);
    expect(value(a, 'postage')).toBe(10 * 2 * 1_000);
  });

  it('points: rewards at the first threshold from the spend histogram; a short expiry loses the slow earners', () => {
    const rules: ProgramRules = { type: 'points', pointsPerUnit: 1, thresholds: [{ points: 500, reward: { description: '', costMinor: 1_000 } }], expiryMonths: 12 };
    const b = base({ spendHistogram: [[0, 3], [50_000, 2], [150_000, 1]], spendBucketMinor: 50_000 });
    const a = programEconomics(program(rules), b, assume({ redemptionPercent: 100 }));
    expect(value(a, 'rewardsEarned')).toBe(5); // 2 × 1 + 1 × 3
    expect(value(a, 'rewardCost')).toBe(5_000);
    // 6 months: 500 points a year is 250 in six months, never 500; 1,500 a year is 750: still 3 rewards
    const short = programEconomics(program({ ...rules, expiryMonths: 6 }), b, assume({ redemptionPercent: 100 }));
    expect(value(short, 'rewardsEarned')).toBe(3);
    expect(short.figures.find((f) => f.key === 'rewardsEarned')!.how).toMatch(/expire after 6 months/);
  });

  it('tiers: members per tier from the histogram × cost per member, thresholds scaled to a year', () => {
    const rules: ProgramRules = {
      type: 'tiers', basis: 'spend', periodMonths: 12,
      tiers: [{ name: 'Gold', threshold: 150_000, benefits: '', costPerMemberMinor: 1_000 }, { name: 'Silver', threshold: 50_000, benefits: '', costPerMemberMinor: 100 }],
    };
    const b = base({ targetCustomers: 6, activeBuyers: 6, spendHistogram: [[0, 3], [50_000, 2], [150_000, 1]] });
    const a = programEconomics(program(rules), b, assume());
    expect(value(a, 'tierMembers:Silver')).toBe(2);
    expect(value(a, 'tierMembers:Gold')).toBe(1);
    expect(value(a, 'rewardCost')).toBe(1_200);
    expect(value(a, 'rewardsEarned')).toBeNull();
    // over 6 months the thresholds double for a year: only the 150,000 buyer reaches Silver (100,000)
    const half = programEconomics(program({ ...rules, periodMonths: 6 }), b, assume());
    expect(value(half, 'tierMembers:Silver')).toBe(1);
    expect(value(half, 'tierMembers:Gold')).toBe(0);
  });

  it('referral: referrals × join × redemption × (advocate + friend reward)', () => {
    const rules: ProgramRules = { type: 'referral', advocateReward: { description: '', costMinor: 3_000 }, friendReward: { description: '', costMinor: 2_000 } };
    const a = programEconomics(program(rules), base({ advocates: 3, referred: 4 }), assume({ joinPercent: 50 }));
    expect(value(a, 'members')).toBe(5);
    expect(value(a, 'rewardsEarned')).toBe(4); // 2 referrals, 2 rewards each
    expect(value(a, 'rewardCost')).toBe(5_000);
  });

  it('frequency uplift on members’ revenue; no gross profit: no payback and no break-even', () => {
    const a = programEconomics(program(stamp), base(), assume({ upliftKind: 'frequency', upliftPercent: 5, joinPercent: 60 }));
    expect(value(a, 'incrementalRevenue')).toBe(Math.round(550_000 * 0.6 * 0.05));
    const none = programEconomics(program(stamp), base({ revenueMinor: 0 }), assume());
    expect(value(none, 'paybackMonths')).toBeNull();
    expect(value(none, 'breakEvenUplift')).toBeNull();
  });

  it('a win-back reaches the lapsed customers; its retention uplift is the share who come back', () => {
    const rules: ProgramRules = { type: 'winBack', reward: { description: '', costMinor: 0 }, lapsedAfterDays: 365 };
    const a = programEconomics(program(rules), base({ lapsedCustomers: 20 }), assume({ contactsPerMemberPerYear: 1, postagePerContactMinor: 1_000, fixedCostMinor: 0 }));
    expect(value(a, 'members')).toBe(20);
    expect(value(a, 'postage')).toBe(20_000);
    expect(value(a, 'incrementalRevenue')).toBe(2 * 55_000); // 10 % of 20 come back
  });
});
