import type { BusinessKind } from '../../../shared/domain/profile';
import { RFM_GROUPS, type RfmScore, type RfmThresholds, RfmThresholdsSchema } from '../../../shared/domain/rfm';
import { expectedLifetime } from '../../../shared/logic/clv';
import { QUINTILE_MIN_BUYERS, defaultThresholds, rfmGroup } from '../../../shared/logic/rfm';
import type { Reader, SqlParam, Writer } from '../database';
import type { SqlFragment } from './customer-query';
import { periodRetention } from './retention';

/**
 * RFM scores and lifetime value in SQL: a chain of common table expressions ending in `rfm`, one row per buyer
 * in the window, which `rfm.scores`, the metrics and the segment compiler (conditions on R, F, M, group and
 * lifetime value) all read. shared/logic/rfm.ts and shared/logic/clv.ts are the rules; this is the same rules
 * over 100,000 customers in one statement, and tests/engine/store/rfm.test.ts holds the two to each other.
 *
 * - A purchase counts when its date is in the window and not after the as-of date.
 * - Money is converted per customer and currency, as customer_facts does (migration 0004), so M agrees with the
 *   grid's "total spent". Purchases in a currency without a rate count for R and F but not for M.
 * - Quintiles: rank() gives one plus the number of buyers with a strictly worse value, i.e. the rank of the first
 *   buyer with that value, so a tie is never split (logic/rfm.ts, quintileScores).
 * - The named group comes from a CASE built from logic/rfm.ts's rfmGroup over the 25 cells: one map, not two.
 *
 * SQL only (no functions registered by the engine), so that the same text runs in the sqlite3 tool for the bench.
 */

export interface RfmWindow {
  asOf: string;
  from: string | null;
  to: string | null;
}

export interface RfmParameters extends RfmWindow {
  thresholds: RfmThresholds;
  grossMarginPercent: number;
  expectedYears: number;
}

/** Columns of `rfm`: customer_id, recency_days, purchases, spent_minor, first_purchase, r, f, m, rfm_group, historic_value, predicted_value (money in major units). */
export function rfmCte(p: RfmParameters): SqlFragment {
  const end = p.to !== null && p.to < p.asOf ? p.to : p.asOf;
  const params: Record<string, SqlParam> = {
    ':rfm_as_of': p.asOf,
    ':rfm_from': p.from ?? '0000-01-01',
    ':rfm_end': end,
    ':rfm_min_buyers': QUINTILE_MIN_BUYERS,
    ':rfm_margin': p.grossMarginPercent / 100,
    ':rfm_years': p.expectedYears,
  };
  p.thresholds.recencyDays.forEach((limit, i) => (params[`:rfm_r${i}`] = limit));
  p.thresholds.purchases.forEach((limit, i) => (params[`:rfm_f${i}`] = limit));
  p.thresholds.spent.forEach((limit, i) => (params[`:rfm_m${i}`] = limit * 100));

  const thresholdScore = (value: string, prefix: 'f' | 'm') => `1 + ${[0, 1, 2, 3].map((i) => `(${value} >= :rfm_${prefix}${i})`).join(' + ')}`;
  const sql = `
    rfm_spend AS (
      SELECT customer_id, currency, min(date) AS first_purchase, max(date) AS last_purchase, count(*) AS purchases, sum(amount_minor) AS total_minor
        FROM purchases WHERE date >= :rfm_from AND date <= :rfm_end GROUP BY customer_id, currency),
    rfm_figures AS (
      SELECT s.customer_id,
             CAST(julianday(:rfm_as_of) - julianday(max(s.last_purchase)) AS INTEGER) AS recency_days,
             CAST(julianday(:rfm_as_of) - julianday(min(s.first_purchase)) AS INTEGER) AS tenure_days,
             min(s.first_purchase) AS first_purchase,
             sum(s.purchases) AS purchases,
             coalesce(sum(CAST(round(s.total_minor * x.factor) AS INTEGER)), 0) AS spent_minor
        FROM rfm_spend s LEFT JOIN exchange_factors x ON x.currency = s.currency
       GROUP BY s.customer_id),
    rfm_ranked AS (
      SELECT *, count(*) OVER () AS buyers,
             rank() OVER (ORDER BY recency_days DESC) - 1 AS r_rank,
             rank() OVER (ORDER BY purchases ASC) - 1 AS f_rank,
             rank() OVER (ORDER BY spent_minor ASC) - 1 AS m_rank
        FROM rfm_figures),
    rfm_scored AS (
      SELECT customer_id, recency_days, tenure_days, first_purchase, purchases, spent_minor,
             CASE WHEN buyers >= :rfm_min_buyers THEN 1 + (5 * r_rank) / buyers
                  ELSE CASE WHEN recency_days <= :rfm_r0 THEN 5 WHEN recency_days <= :rfm_r1 THEN 4
                            WHEN recency_days <= :rfm_r2 THEN 3 WHEN recency_days <= :rfm_r3 THEN 2 ELSE 1 END END AS r,
             CASE WHEN buyers >= :rfm_min_buyers THEN 1 + (5 * f_rank) / buyers ELSE ${thresholdScore('purchases', 'f')} END AS f,
             CASE WHEN buyers >= :rfm_min_buyers THEN 1 + (5 * m_rank) / buyers ELSE ${thresholdScore('spent_minor', 'm')} END AS m
        FROM rfm_ranked),
    rfm AS (
      SELECT customer_id, recency_days, first_purchase, purchases, spent_minor, r, f, m,
             ${groupCase('r', 'f')} AS rfm_group,
             round(spent_minor / 100.0 * :rfm_margin * 100) / 100 AS historic_value,
             round((spent_minor / 100.0 / purchases) * (purchases / max(1.0, tenure_days / 365.25)) * :rfm_years * :rfm_margin * 100) / 100 AS predicted_value
        FROM rfm_scored)`;
  return { sql, params };
}

/** The 5 × 5 map of logic/rfm.ts as one CASE over r * 10 + f. */
function groupCase(r: string, f: string): string {
  const cells: string[] = [];
  for (let ri = 1; ri <= 5; ri++) {
    for (let fi = 1; fi <= 5; fi++) cells.push(`WHEN ${ri * 10 + fi} THEN '${rfmGroup(ri as RfmScore, fi as RfmScore)}'`);
  }
  return `CASE ${r} * 10 + ${f} ${cells.join(' ')} END`;
}

/** Every group name the CASE can give is one of RFM_GROUPS (checked at load, so a typo cannot ship). */
for (const group of new Set(Array.from({ length: 25 }, (_, i) => rfmGroup((1 + Math.floor(i / 5)) as RfmScore, (1 + (i % 5)) as RfmScore)))) {
  if (!RFM_GROUPS.includes(group)) throw new Error(`rfmGroup answered ${group}, which is not an RFM group.`);
}

/** The thresholds the owner saved, or null (then the defaults for the kind of business apply). */
export function savedThresholds(db: Reader): RfmThresholds | null {
  const row = db.get<{ thresholds: string }>('SELECT thresholds FROM rfm_settings WHERE id = 1');
  if (!row) return null;
  const parsed = RfmThresholdsSchema.safeParse(JSON.parse(row.thresholds));
  return parsed.success ? parsed.data : null;
}

export function saveThresholds(db: Writer, thresholds: RfmThresholds | null, now: Date): void {
  if (thresholds === null) {
    db.run('DELETE FROM rfm_settings WHERE id = 1');
    return;
  }
  db.run(
    'INSERT INTO rfm_settings (id, thresholds, updated_at) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET thresholds = excluded.thresholds, updated_at = excluded.updated_at',
    [JSON.stringify(thresholds), now.toISOString()],
  );
}

/** What one euro is worth in the business currency (1 without a rate): scales the default money thresholds. */
function unitsPerEuro(db: Reader): number {
  const row = db.get<{ factor: number }>("SELECT factor FROM exchange_factors WHERE currency = 'EUR'");
  return row?.factor ?? 1;
}

/** The thresholds in force: saved, or the defaults for the kind of business in its currency. */
export function thresholdsInForce(db: Reader, kind: BusinessKind): { thresholds: RfmThresholds; saved: boolean } {
  const saved = savedThresholds(db);
  return saved ? { thresholds: saved, saved: true } : { thresholds: defaultThresholds(kind, unitsPerEuro(db)), saved: false };
}

/** Everything `rfmCte` needs, read from the workspace: thresholds, margin and the expected lifetime as of `asOf`. */
export function rfmParameters(db: Reader, window: RfmWindow): RfmParameters & { saved: boolean; retentionRate: number | null; capped: boolean } {
  const profile = db.get<{ kind: BusinessKind; gross_margin_percent: number }>('SELECT kind, gross_margin_percent FROM business_profile WHERE id = 1');
  const { thresholds, saved } = thresholdsInForce(db, profile?.kind ?? 'both');
  const lifetime = expectedLifetime(yearlyRetention(db, window.asOf));
  return {
    ...window,
    thresholds,
    saved,
    grossMarginPercent: profile?.gross_margin_percent ?? 40,
    expectedYears: lifetime.years,
    retentionRate: lifetime.retentionRate,
    capped: lifetime.capped,
  };
}

/** The share of the buyers of the year before last who bought again in the last year (to `asOf`); null with none. */
export function yearlyRetention(db: Reader, asOf: string): number | null {
  const from = db.get<{ d: string }>("SELECT date(:asOf, '-1 year', '+1 day') AS d", { ':asOf': asOf })!.d;
  const { previousBuyers, retainedBuyers } = periodRetention(db, from, asOf);
  return previousBuyers > 0 ? retainedBuyers / previousBuyers : null;
}
