import { describe, expect, it } from 'vitest';
import type { Program, ProgramRules } from '../../../../shared/domain/program';
import { programStanding } from '../../../../shared/logic/programs/standing';

const program = (rules: ProgramRules, over: Partial<Program> = {}): Program => ({
  id: 'p1', name: 'Card', description: '', status: 'active', rules, segmentIds: [], channels: [], giftIds: [], benefits: '', budgetMinor: 0,
  startDate: '', endDate: '', recommendation: '', createdAt: '', updatedAt: '', ...over,
});
const buys = (...list: Array<[string, number]>) => list.map(([date, amountMinor]) => ({ date, amountMinor }));

describe('programStanding', () => {
  it('stamp card: stamps on the current card from the start date, rewards earned, what is left', () => {
    const rules: ProgramRules = { type: 'stampCard', stampsPer: 'purchase', amountPerStampMinor: 10_000, rewardAt: 5, reward: { description: 'Free coffee', costMinor: 0 } };
    const purchases = buys(['2025-12-01', 100], ...Array.from({ length: 7 }, (_, i): [string, number] => [`2026-01-0${i + 1}`, 100]));
    expect(programStanding(program(rules, { startDate: '2026-01-01' }), purchases, '2026-03-01')).toMatchObject({ type: 'stampCard', balance: 2, toNext: 3, rewardsEarned: 1, next: 'Free coffee' });
    expect(programStanding(program(rules), purchases, '2026-03-01')).toMatchObject({ balance: 3, rewardsEarned: 1 });
    const byAmount: ProgramRules = { ...rules, stampsPer: 'amount' } as ProgramRules;
    expect(programStanding(program(byAmount), buys(['2026-01-01', 15_000], ['2026-01-02', 15_000]), '2026-03-01')).toMatchObject({ balance: 3 });
  });

  it('points: rewards at the first threshold, oldest points spent first, unspent points expire', () => {
    const rules: ProgramRules = { type: 'points', pointsPerUnit: 1, thresholds: [{ points: 100, reward: { description: '', costMinor: 0 } }], expiryMonths: 6 };
    // 60 points on 1 Jan, 60 on 1 Feb: reward (uses 60 + 40), 20 left from Feb; 30 on 1 Sep: Feb's 20 expired on 1 Aug
    const purchases = buys(['2025-01-01', 6_000], ['2025-02-01', 6_000], ['2025-09-01', 3_000]);
    expect(programStanding(program(rules), purchases, '2025-09-02')).toMatchObject({ type: 'points', balance: 30, rewardsEarned: 1, toNext: 70 });
    expect(programStanding(program(rules), purchases.slice(0, 2), '2025-07-31')).toMatchObject({ balance: 20 });
    expect(programStanding(program(rules), purchases.slice(0, 2), '2025-08-01')).toMatchObject({ balance: 0 });
    expect(programStanding(program({ ...rules, expiryMonths: 0 }), purchases, '2025-09-02')).toMatchObject({ balance: 50 });
  });

  it('tiers: by the period’s spend, with the next tier and what it asks more; null for programs without balances', () => {
    const rules: ProgramRules = {
      type: 'tiers', basis: 'spend', periodMonths: 12,
      tiers: [{ name: 'Silver', threshold: 10_000, benefits: '', costPerMemberMinor: 0 }, { name: 'Gold', threshold: 50_000, benefits: '', costPerMemberMinor: 0 }],
    };
    const purchases = buys(['2025-01-01', 90_000], ['2025-06-01', 20_000], ['2026-01-01', 5_000]);
    expect(programStanding(program(rules), purchases, '2026-03-01')).toMatchObject({ tier: 'Silver', balance: 25_000, next: 'Gold', toNext: 25_000 });
    expect(programStanding(program({ ...rules, basis: 'purchases', tiers: [{ name: 'Regular', threshold: 2, benefits: '', costPerMemberMinor: 0 }] }), purchases, '2026-03-01')).toMatchObject({ tier: 'Regular', balance: 2, next: null });
    expect(programStanding(program({ type: 'thankYou', reward: { description: '', costMinor: 0 }, lapsedAfterDays: 365 }), purchases, '2026-03-01')).toBeNull();
  });
});
