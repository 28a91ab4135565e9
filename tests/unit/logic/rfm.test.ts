import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RFM_GROUPS, type RfmFigures, type RfmScore, type RfmThresholds, RfmThresholdsSchema } from '../../../shared/domain/rfm';
import { QUINTILE_MIN_BUYERS, amountScore, defaultThresholds, quintileScores, recencyScore, rfmGroup, scoreBuyers } from '../../../shared/logic/rfm';

const SCORES: RfmScore[] = [1, 2, 3, 4, 5];
const THRESHOLDS = defaultThresholds('b2c');

describe('quintileScores', () => {
  it('gives ten distinct values two per score, best last (worked out by hand)', () => {
    expect(quintileScores([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 'higher')).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    // recency: fewer days is better
    expect(quintileScores([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 'lower')).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
  });

  it('never splits a tie: a value takes the score of the rank of its first holder', () => {
    // sorted: 1 1 1 1 1 2 2 3 5 8 (n = 10); the 1s start at rank 0, the 2s at 5, the 3 at 7, the 5 at 8, the 8 at 9
    expect(quintileScores([2, 1, 1, 8, 1, 3, 1, 5, 2, 1], 'higher')).toEqual([3, 1, 1, 5, 1, 4, 1, 5, 3, 1]);
    // everybody alike: all at the first rank
    expect(quintileScores([4, 4, 4, 4, 4], 'higher')).toEqual([1, 1, 1, 1, 1]);
  });

  it('scores one buyer and no buyers', () => {
    expect(quintileScores([7], 'higher')).toEqual([1]);
    expect(quintileScores([], 'lower')).toEqual([]);
  });

  const values = fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 300 });
  const better = fc.constantFrom('higher' as const, 'lower' as const);

  it('property: equal values get equal scores, a better value never a lower score, every score is 1–5', () => {
    fc.assert(
      fc.property(values, better, (list, side) => {
        const scores = quintileScores(list, side);
        for (let i = 0; i < list.length; i++) {
          expect(SCORES).toContain(scores[i]);
          for (let j = 0; j < list.length; j++) {
            if (list[i] === list[j]) expect(scores[i]).toBe(scores[j]);
            const iBetter = side === 'higher' ? list[i]! > list[j]! : list[i]! < list[j]!;
            if (iBetter) expect(scores[i]!).toBeGreaterThanOrEqual(scores[j]!);
          }
        }
      }),
    );
  });

  it('property: with distinct values each score holds a fifth of the buyers (give or take one)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer(), { minLength: 5, maxLength: 300 }), better, (list, side) => {
        const scores = quintileScores(list, side);
        for (const score of SCORES) {
          const count = scores.filter((s) => s === score).length;
          expect(Math.abs(count - list.length / 5)).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});

describe('thresholds', () => {
  it('score recency by at most so many days, and purchases and money by at least so much', () => {
    const days: RfmThresholds['recencyDays'] = [30, 90, 180, 365];
    expect([0, 30, 31, 90, 180, 181, 365, 366, 5000].map((d) => recencyScore(d, days))).toEqual([5, 5, 4, 4, 3, 2, 2, 1, 1]);
    const purchases: RfmThresholds['purchases'] = [2, 3, 5, 10];
    expect([1, 2, 3, 4, 5, 9, 10, 50].map((n) => amountScore(n, purchases))).toEqual([1, 2, 3, 3, 4, 4, 5, 5]);
  });

  it('start from limits by kind of business, money converted to the business currency and rounded', () => {
    expect(defaultThresholds('b2c')).toEqual({ recencyDays: [30, 90, 180, 365], purchases: [2, 3, 5, 10], spent: [50, 150, 400, 1000] });
    expect(defaultThresholds('b2b').recencyDays[3]).toBe(730);
    // Danish kroner: 7.46 per euro
    expect(defaultThresholds('b2c', 7.46).spent).toEqual([400, 1000, 3000, 7500]);
    // Czech koruna: about 25 per euro
    expect(defaultThresholds('b2b', 25.2).spent).toEqual([15000, 50000, 150000, 500000]);
    // no rate known: euros as they are
    expect(defaultThresholds('both', Number.NaN).spent).toEqual([200, 500, 1500, 5000]);
    for (const kind of ['b2b', 'b2c', 'both'] as const) {
      for (const rate of [0.0001, 0.86, 1, 7.46, 25.2, 160, 4000]) expect(RfmThresholdsSchema.safeParse(defaultThresholds(kind, rate)).success).toBe(true);
    }
  });

  it('are refused when they do not go up', () => {
    const result = RfmThresholdsSchema.safeParse({ ...THRESHOLDS, purchases: [2, 2, 5, 10] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/must go up/);
  });
});

describe('rfmGroup', () => {
  it('names every cell of the 5 × 5 grid, with the usual groups where they usually are', () => {
    const grid = [5, 4, 3, 2, 1].map((r) => SCORES.map((f) => rfmGroup(r as RfmScore, f)));
    expect(grid).toEqual([
      ['new', 'potentialLoyalists', 'potentialLoyalists', 'champions', 'champions'],
      ['promising', 'potentialLoyalists', 'potentialLoyalists', 'loyal', 'loyal'],
      ['aboutToSleep', 'aboutToSleep', 'needAttention', 'loyal', 'loyal'],
      ['hibernating', 'hibernating', 'atRisk', 'atRisk', 'cantLoseThem'],
      ['lost', 'lost', 'atRisk', 'atRisk', 'cantLoseThem'],
    ]);
    expect(new Set(grid.flat())).toEqual(new Set(RFM_GROUPS));
  });
});

describe('scoreBuyers', () => {
  const buyer = (n: number, recencyDays: number, purchases: number, spent: number): RfmFigures => ({ customerId: `c${n}`, recencyDays, purchases, spent });

  it('uses the thresholds below 50 buyers, and says so', () => {
    const { method, customers } = scoreBuyers([buyer(1, 10, 12, 1500), buyer(2, 400, 1, 20), buyer(3, 100, 3, 300)], THRESHOLDS);
    expect(method).toBe('thresholds');
    expect(customers.map(({ customerId, r, f, m, group }) => ({ customerId, r, f, m, group }))).toEqual([
      { customerId: 'c1', r: 5, f: 5, m: 5, group: 'champions' },
      { customerId: 'c2', r: 1, f: 1, m: 1, group: 'lost' },
      { customerId: 'c3', r: 3, f: 3, m: 3, group: 'needAttention' },
    ]);
  });

  it('uses quintiles from 50 buyers on, keeping each buyer’s figures beside the scores', () => {
    const buyers = Array.from({ length: QUINTILE_MIN_BUYERS }, (_, i) => buyer(i, 500 - i * 10, 1 + i, 10 * (i + 1)));
    const { method, customers } = scoreBuyers(buyers, THRESHOLDS);
    expect(method).toBe('quintiles');
    // the last buyer bought most recently, most often and for most
    expect(customers.at(-1)).toMatchObject({ customerId: 'c49', recencyDays: 10, purchases: 50, spent: 500, r: 5, f: 5, m: 5, group: 'champions' });
    expect(customers[0]).toMatchObject({ r: 1, f: 1, m: 1, group: 'lost' });
    expect(customers.filter((c) => c.r === 3)).toHaveLength(10);
  });
});
