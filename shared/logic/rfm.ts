import type { BusinessKind } from '../domain/profile';
import type { RfmFigures, RfmGroup, RfmScore, RfmScored, RfmThresholds } from '../domain/rfm';

/**
 * RFM scoring, the one module both sides use: the engine scores every buyer, the renderer shows and explains the
 * same rules (and previews a change of thresholds).
 *
 * - With 50 buyers or more, each measure is scored by quintiles over the buyers. A value's score comes from the
 *   rank of the first buyer with that value, so equal values always get equal scores (a boundary never splits a
 *   tie).
 * - With fewer buyers, quintiles say little (ten buyers make quintiles of two), so fixed thresholds the owner can
 *   read and change are used instead.
 * - Customers without purchases get no scores; callers pass buyers only.
 */

export const QUINTILE_MIN_BUYERS = 50;

export type RfmMethod = 'quintiles' | 'thresholds';

/**
 * Scores 1–5 by quintiles, in the order of `values`. `better` says which end is good: higher for frequency and
 * money, lower for recency (fewer days since the last purchase).
 */
export function quintileScores(values: readonly number[], better: 'higher' | 'lower'): RfmScore[] {
  const n = values.length;
  // worst first: a value's rank is where its first holder stands in this order
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => (better === 'higher' ? a.value - b.value : b.value - a.value));
  const scores = new Array<RfmScore>(n);
  let firstRank = 0;
  for (let rank = 0; rank < n; rank++) {
    if (rank > 0 && order[rank]!.value !== order[rank - 1]!.value) firstRank = rank;
    scores[order[rank]!.index] = (1 + Math.floor((5 * firstRank) / n)) as RfmScore;
  }
  return scores;
}

/** Recency by thresholds: at most `limits[0]` days is a 5, at most `limits[3]` a 2, anything older a 1. */
export function recencyScore(days: number, limits: RfmThresholds['recencyDays']): RfmScore {
  const within = limits.findIndex((limit) => days <= limit);
  return (within === -1 ? 1 : 5 - within) as RfmScore;
}

/** Frequency or money by thresholds: at least `limits[3]` is a 5, at least `limits[0]` a 2, less a 1. */
export function amountScore(value: number, limits: RfmThresholds['purchases'] | RfmThresholds['spent']): RfmScore {
  return (1 + limits.filter((limit) => value >= limit).length) as RfmScore;
}

/**
 * The named group of a recency and a frequency score, the 5 × 5 grid the dashboard draws (recency across,
 * frequency up). Money does not move a customer between groups; it ranks them within one.
 */
export function rfmGroup(r: RfmScore, f: RfmScore): RfmGroup {
  if (r === 5) return f === 1 ? 'new' : f <= 3 ? 'potentialLoyalists' : 'champions';
  if (r === 4) return f === 1 ? 'promising' : f <= 3 ? 'potentialLoyalists' : 'loyal';
  if (r === 3) return f <= 2 ? 'aboutToSleep' : f === 3 ? 'needAttention' : 'loyal';
  if (f === 5) return 'cantLoseThem';
  if (f >= 3) return 'atRisk';
  return r === 2 ? 'hibernating' : 'lost';
}

/** Scores every buyer, by quintiles or (for a small list) by the thresholds; answers which method it used. */
export function scoreBuyers(buyers: readonly RfmFigures[], thresholds: RfmThresholds): { method: RfmMethod; customers: RfmScored[] } {
  const method: RfmMethod = buyers.length >= QUINTILE_MIN_BUYERS ? 'quintiles' : 'thresholds';
  let r: RfmScore[];
  let f: RfmScore[];
  let m: RfmScore[];
  if (method === 'quintiles') {
    r = quintileScores(buyers.map((b) => b.recencyDays), 'lower');
    f = quintileScores(buyers.map((b) => b.purchases), 'higher');
    m = quintileScores(buyers.map((b) => b.spent), 'higher');
  } else {
    r = buyers.map((b) => recencyScore(b.recencyDays, thresholds.recencyDays));
    f = buyers.map((b) => amountScore(b.purchases, thresholds.purchases));
    m = buyers.map((b) => amountScore(b.spent, thresholds.spent));
  }
  return {
    method,
    customers: buyers.map((buyer, i) => ({ ...buyer, r: r[i]!, f: f[i]!, m: m[i]!, group: rfmGroup(r[i]!, f[i]!) })),
  };
}

/**
 * Starting thresholds for a small list, by the kind of business. A business selling to businesses sees its
 * customers less often and for more. Money limits are set in euros and converted with `unitsPerEuro` (what one
 * euro is worth in the business currency; 1 when no rate is known), rounded to a number a person would pick.
 */
export function defaultThresholds(kind: BusinessKind, unitsPerEuro = 1): RfmThresholds {
  const base = DEFAULTS[kind];
  const scale = Number.isFinite(unitsPerEuro) && unitsPerEuro > 0 ? unitsPerEuro : 1;
  const spent = base.spentEur.map((eur) => roundNicely(eur * scale)) as [number, number, number, number];
  // rounding can only make neighbours equal when they were close: keep the limits going up
  for (let i = 1; i < spent.length; i++) if (spent[i]! <= spent[i - 1]!) spent[i] = spent[i - 1]! * 2;
  return { recencyDays: [...base.recencyDays], purchases: [...base.purchases], spent };
}

const DEFAULTS: Record<BusinessKind, { recencyDays: RfmThresholds['recencyDays']; purchases: RfmThresholds['purchases']; spentEur: readonly number[] }> = {
  b2c: { recencyDays: [30, 90, 180, 365], purchases: [2, 3, 5, 10], spentEur: [50, 150, 400, 1000] },
  b2b: { recencyDays: [60, 180, 365, 730], purchases: [2, 3, 5, 8], spentEur: [500, 2000, 5000, 20000] },
  both: { recencyDays: [45, 120, 270, 540], purchases: [2, 3, 5, 10], spentEur: [200, 500, 1500, 5000] },
};

/** The nearest number a person would pick: a round step times a power of ten (7,460 → 7,500; 37,300 → 40,000). */
function roundNicely(value: number): number {
  if (value <= 0) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  const steps = [1, 1.5, 2, 2.5, 3, 4, 5, 7.5, 10];
  let best = steps[0]! * power;
  for (const step of steps) if (Math.abs(step * power - value) < Math.abs(best - value)) best = step * power;
  return best;
}
