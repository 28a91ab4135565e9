/**
 * Customer lifetime value, the one module both sides use (the engine computes it, the screens spell the same
 * formula out with the business's own numbers).
 *
 * - Historic value: gross profit so far = spent × gross margin.
 * - Predicted value: average order value × purchases a year × expected remaining years × gross margin.
 *   Purchases a year are counted over the customer's time as a buyer (at least one year, so a first purchase last
 *   week does not become fifty a year). The expected remaining years come from the business's yearly retention
 *   rate r (the share of last year's buyers who bought again this year): 1 / (1 − r), the mean of a geometric
 *   lifetime, capped at MAX_EXPECTED_YEARS because a small list with r near 1 would promise forever.
 */

export const MAX_EXPECTED_YEARS = 10;
export const DEFAULT_GROSS_MARGIN_PERCENT = 40;
const DAYS_PER_YEAR = 365.25;

export interface ExpectedLifetime {
  /** The yearly retention rate used, 0–1; null when there were no buyers a year before to measure it on. */
  retentionRate: number | null;
  years: number;
  /** The cap was applied (retention so high that 1 / (1 − r) exceeds it), or no rate could be measured. */
  capped: boolean;
}

/** 1 / (1 − r), capped; with no measured rate, one year (the cautious answer, flagged as capped). */
export function expectedLifetime(retentionRate: number | null): ExpectedLifetime {
  if (retentionRate === null || !Number.isFinite(retentionRate)) return { retentionRate: null, years: 1, capped: true };
  const r = Math.min(Math.max(retentionRate, 0), 1);
  const uncapped = r >= 1 ? Infinity : 1 / (1 - r);
  return uncapped > MAX_EXPECTED_YEARS ? { retentionRate: r, years: MAX_EXPECTED_YEARS, capped: true } : { retentionRate: r, years: uncapped, capped: false };
}

/** Years as a buyer: from the first purchase to the as-of date, at least one. */
export function buyerYears(daysSinceFirstPurchase: number): number {
  return Math.max(1, daysSinceFirstPurchase / DAYS_PER_YEAR);
}

export interface ClvInput {
  /** Spent, in the business currency's major unit. */
  spent: number;
  purchases: number;
  daysSinceFirstPurchase: number;
  grossMarginPercent: number;
  expectedYears: number;
}

export interface Clv {
  averageOrderValue: number;
  purchasesPerYear: number;
  historicValue: number;
  predictedValue: number;
}

/** One customer's lifetime value; money rounded to the minor unit. */
export function customerLifetimeValue(input: ClvInput): Clv {
  const margin = input.grossMarginPercent / 100;
  const averageOrderValue = input.purchases > 0 ? input.spent / input.purchases : 0;
  const purchasesPerYear = input.purchases / buyerYears(input.daysSinceFirstPurchase);
  return {
    averageOrderValue: round2(averageOrderValue),
    purchasesPerYear,
    historicValue: round2(input.spent * margin),
    predictedValue: round2(averageOrderValue * purchasesPerYear * input.expectedYears * margin),
  };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
