import type { RfmGroup } from '../../../shared/domain/rfm';
import type { Reader, SqlParam } from '../database';
import type { SqlFragment } from './customer-query';
import { type RfmParameters, rfmCte } from './rfm';

/**
 * The statements behind metrics.summary (handlers/metrics.ts puts the answer together). Each is a named
 * `SqlFragment` so that the bench runs the very same text in the sqlite3 tool. Dates are 'YYYY-MM-DD', both ends
 * of the period included; money comes back in minor units of the business currency.
 *
 * Conversion: the period's revenue (and each month's) is summed per currency and converted once, rounded, as
 * customer_spending does; what one customer or group spent is converted per customer and currency (as the grid's
 * "total spent"), so a group's figures can differ from the period's total by a few hundredths. Currencies
 * without a rate drop out of money (an inner join with exchange_factors) but their purchases still count.
 */

export type MetricsQueryName = 'totals' | 'newCustomers' | 'ambassadors' | 'feedback' | 'gaps' | 'months' | 'cohorts' | 'rfmGroups';

/** Each buyer's first purchase ever. */
const FIRSTS = `firsts AS (SELECT customer_id, min(date) AS first_purchase FROM purchases GROUP BY customer_id)`;

/** What each customer spent in the period, converted per currency (no row for a currency without a rate). */
const PERIOD_SPEND = `period_spend AS (
  SELECT s.customer_id, sum(CAST(round(s.total_minor * x.factor) AS INTEGER)) AS minor
    FROM (SELECT customer_id, currency, sum(amount_minor) AS total_minor FROM purchases WHERE date >= :from AND date <= :to GROUP BY customer_id, currency) s
    JOIN exchange_factors x ON x.currency = s.currency
   GROUP BY s.customer_id)`;

/** Each month's revenue in the period ('YYYY-MM', minor units): summed per currency, each sum converted and rounded. */
const MONTH_REVENUE = `per_month AS (SELECT substr(date, 1, 7) AS month, currency, sum(amount_minor) AS total_minor FROM purchases WHERE date >= :from AND date <= :to GROUP BY month, currency),
        revenue AS (SELECT m.month, sum(CAST(round(m.total_minor * x.factor) AS INTEGER)) AS minor FROM per_month m JOIN exchange_factors x ON x.currency = m.currency GROUP BY m.month)`;

/** The months of the period that had revenue, in order: the dashboard's months and the proposal's chart read the same. */
export function readRevenueByMonth(db: Reader, from: string, to: string): Array<{ month: string; revenueMinor: number }> {
  return db.all<{ month: string; revenueMinor: number }>(`WITH ${MONTH_REVENUE} SELECT month, minor AS revenueMinor FROM revenue ORDER BY month`, { ':from': from, ':to': to });
}

const monthIndex = (yyyyMm: string) => `(CAST(substr(${yyyyMm}, 1, 4) AS INTEGER) * 12 + CAST(substr(${yyyyMm}, 6, 2) AS INTEGER))`;

/** The number of cohorts the table shows at most (the last ones of the period). */
export const MAX_COHORTS = 12;
/** The ambassadors listed at most. */
export const MAX_AMBASSADORS = 10;

export function metricsQueries(from: string, to: string, rfm: RfmParameters): Record<MetricsQueryName, SqlFragment> {
  const period: Record<string, SqlParam> = { ':from': from, ':to': to };
  const cte = rfmCte(rfm);
  return {
    totals: {
      sql: `WITH period AS (SELECT customer_id, currency, amount_minor FROM purchases WHERE date >= :from AND date <= :to),
        per_currency AS (SELECT currency, count(*) AS purchases, sum(amount_minor) AS total_minor FROM period GROUP BY currency),
        per_buyer AS (SELECT customer_id, count(*) AS purchases FROM period GROUP BY customer_id)
      SELECT (SELECT count(*) FROM customers WHERE substr(created_at, 1, 10) <= :to) AS customers,
             (SELECT count(*) FROM per_buyer) AS buyers,
             (SELECT count(*) FROM per_buyer WHERE purchases >= 2) AS repeat_buyers,
             (SELECT coalesce(sum(purchases), 0) FROM per_currency) AS purchases,
             (SELECT coalesce(sum(c.purchases), 0) FROM per_currency c JOIN exchange_factors x ON x.currency = c.currency) AS converted_purchases,
             (SELECT coalesce(sum(CAST(round(c.total_minor * x.factor) AS INTEGER)), 0) FROM per_currency c JOIN exchange_factors x ON x.currency = c.currency) AS revenue_minor,
             (SELECT group_concat(currency, ',') FROM (SELECT DISTINCT currency FROM purchases WHERE date <= :to AND currency NOT IN (SELECT currency FROM exchange_factors) ORDER BY currency)) AS unconverted`,
      params: period,
    },
    newCustomers: {
      sql: `WITH ${FIRSTS}
      SELECT count(*) AS new_customers, count(c.referred_by) AS referred
        FROM firsts f JOIN customers c ON c.id = f.customer_id
       WHERE f.first_purchase >= :from AND f.first_purchase <= :to`,
      params: period,
    },
    ambassadors: {
      sql: `WITH ${FIRSTS}, ${PERIOD_SPEND}
      SELECT c.referred_by AS customer_id, r.first_name, r.last_name, r.company, r.email,
             count(*) AS referred, coalesce(sum(s.minor), 0) AS revenue_minor
        FROM firsts f JOIN customers c ON c.id = f.customer_id
        JOIN customers r ON r.id = c.referred_by
        LEFT JOIN period_spend s ON s.customer_id = c.id
       WHERE f.first_purchase >= :from AND f.first_purchase <= :to
       GROUP BY c.referred_by
       ORDER BY referred DESC, revenue_minor DESC, c.referred_by
       LIMIT ${MAX_AMBASSADORS}`,
      params: period,
    },
    feedback: {
      sql: `SELECT substr(date, 1, 7) AS month, count(nps) AS responses,
             coalesce(sum(nps >= 9), 0) AS promoters, coalesce(sum(nps BETWEEN 7 AND 8), 0) AS passives, coalesce(sum(nps <= 6), 0) AS detractors,
             coalesce(sum(satisfaction), 0) AS satisfaction_sum, count(satisfaction) AS satisfaction_answers
        FROM feedback WHERE substr(date, 1, 10) >= :from AND substr(date, 1, 10) <= :to
       GROUP BY month ORDER BY month`,
      params: period,
    },
    // The gaps to each purchase of the period from the same customer's previous one (all history) add up, per
    // customer, to their last date in the period minus the date before the first gap: the last purchase before
    // the period, or (without one) the first in it, whose own gap does not exist. The same figure as lag() over
    // every purchase, read in one grouping (tests/engine/handlers/metrics.test.ts holds the two to each other).
    gaps: {
      sql: `WITH per_customer AS (
        SELECT p.customer_id, count(*) AS purchases, min(p.date) AS first_in, max(p.date) AS last_in,
               (SELECT max(b.date) FROM purchases b WHERE b.customer_id = p.customer_id AND b.date < :from) AS before
          FROM purchases p WHERE p.date >= :from AND p.date <= :to GROUP BY p.customer_id)
      SELECT coalesce(sum(julianday(last_in) - julianday(coalesce(before, first_in))), 0) AS days,
             coalesce(sum(purchases - (before IS NULL)), 0) AS gaps
        FROM per_customer`,
      params: period,
    },
    months: {
      sql: `WITH RECURSIVE months(month) AS (
          SELECT substr(:from, 1, 7) UNION ALL SELECT substr(date(month || '-01', '+1 month'), 1, 7) FROM months WHERE month < substr(:to, 1, 7)),
        ${MONTH_REVENUE},
        buyers AS (SELECT substr(date, 1, 7) AS month, count(DISTINCT customer_id) AS buyers FROM purchases WHERE date >= :from AND date <= :to GROUP BY month)
      SELECT months.month, coalesce(revenue.minor, 0) AS revenue_minor, coalesce(buyers.buyers, 0) AS buyers
        FROM months LEFT JOIN revenue ON revenue.month = months.month LEFT JOIN buyers ON buyers.month = months.month
       ORDER BY months.month`,
      params: period,
    },
    cohorts: {
      sql: `WITH firsts AS (SELECT customer_id, substr(min(date), 1, 7) AS cohort FROM purchases WHERE date <= :to GROUP BY customer_id),
        cohorts AS (SELECT cohort, count(*) AS size FROM firsts WHERE cohort >= substr(:from, 1, 7) GROUP BY cohort ORDER BY cohort DESC LIMIT ${MAX_COHORTS}),
        active AS (SELECT DISTINCT p.customer_id, f.cohort, substr(p.date, 1, 7) AS month
                     FROM purchases p JOIN firsts f ON f.customer_id = p.customer_id JOIN cohorts c ON c.cohort = f.cohort
                    WHERE p.date <= :to)
      SELECT c.cohort, c.size, ${monthIndex('a.month')} - ${monthIndex('c.cohort')} AS k, count(a.customer_id) AS customers
        FROM cohorts c JOIN active a ON a.cohort = c.cohort
       GROUP BY c.cohort, k ORDER BY c.cohort, k`,
      params: period,
    },
    // the buyers' RFM rows and their period spending in one grouping (a join with period_spend, an aggregate,
    // made SQLite scan it once per buyer: minutes on 100,000 buyers)
    rfmGroups: {
      sql: `WITH ${cte.sql}, ${PERIOD_SPEND},
        both_rows AS (
          SELECT customer_id, rfm_group, spent_minor, purchases, historic_value, predicted_value,
                 purchases / max(1.0, (julianday(:rfm_as_of) - julianday(first_purchase)) / 365.25) AS per_year, 0 AS period_minor FROM rfm
          UNION ALL SELECT customer_id, NULL, 0, 0, 0, 0, 0, minor FROM period_spend),
        per_buyer AS (
          SELECT max(rfm_group) AS rfm_group, sum(spent_minor) AS spent_minor, sum(purchases) AS purchases, sum(historic_value) AS historic_value,
                 sum(predicted_value) AS predicted_value, sum(per_year) AS per_year, sum(period_minor) AS period_minor
            FROM both_rows GROUP BY customer_id)
      SELECT rfm_group, count(*) AS customers, sum(period_minor) AS revenue_minor,
             sum(spent_minor) AS lifetime_minor, sum(purchases) AS purchases,
             sum(historic_value) AS historic_value, sum(predicted_value) AS predicted_value, sum(per_year) AS purchases_per_year
        FROM per_buyer WHERE rfm_group IS NOT NULL
       GROUP BY rfm_group`,
      params: { ...cte.params, ...period },
    },
  };
}

export interface TotalsRow {
  customers: number;
  buyers: number;
  repeat_buyers: number;
  purchases: number;
  converted_purchases: number;
  revenue_minor: number;
  unconverted: string | null;
}
export interface AmbassadorRow {
  customer_id: string;
  first_name: string;
  last_name: string;
  company: string;
  email: string;
  referred: number;
  revenue_minor: number;
}
export interface FeedbackMonthRow {
  month: string;
  responses: number;
  promoters: number;
  passives: number;
  detractors: number;
  satisfaction_sum: number;
  satisfaction_answers: number;
}
export interface CohortCellRow {
  cohort: string;
  size: number;
  k: number;
  customers: number;
}
export interface RfmGroupRow {
  rfm_group: RfmGroup;
  customers: number;
  revenue_minor: number;
  lifetime_minor: number;
  purchases: number;
  historic_value: number;
  predicted_value: number;
  purchases_per_year: number;
}

export interface MetricsRows {
  totals: TotalsRow;
  newCustomers: { new_customers: number; referred: number };
  ambassadors: AmbassadorRow[];
  feedback: FeedbackMonthRow[];
  gaps: { days: number; gaps: number };
  months: { month: string; revenue_minor: number; buyers: number }[];
  cohorts: CohortCellRow[];
  rfmGroups: RfmGroupRow[];
}

/** A saved segment's members (their ids SQL, store/segments.ts) counted, with what they spent in the period. */
export function segmentMetricsQuery(from: string, to: string, members: SqlFragment): SqlFragment {
  return {
    // IN (members) is looked up in a temporary index; a join with the aggregate period_spend would scan it per member
    sql: `WITH ${PERIOD_SPEND}
    SELECT (SELECT count(*) FROM (${members.sql})) AS customers,
           (SELECT coalesce(sum(minor), 0) FROM period_spend WHERE customer_id IN (${members.sql})) AS revenue_minor`,
    params: { ...members.params, ':from': from, ':to': to },
  };
}

/** Runs every statement of `metricsQueries`. */
export function readMetricsRows(db: Reader, queries: Record<MetricsQueryName, SqlFragment>): MetricsRows {
  const one = <T>(name: MetricsQueryName) => db.get<T>(queries[name].sql, queries[name].params)!;
  const all = <T>(name: MetricsQueryName) => db.all<T>(queries[name].sql, queries[name].params);
  return {
    totals: one<TotalsRow>('totals'),
    newCustomers: one<{ new_customers: number; referred: number }>('newCustomers'),
    ambassadors: all<AmbassadorRow>('ambassadors'),
    feedback: all<FeedbackMonthRow>('feedback'),
    gaps: one<{ days: number; gaps: number }>('gaps'),
    months: all<{ month: string; revenue_minor: number; buyers: number }>('months'),
    cohorts: all<CohortCellRow>('cohorts'),
    rfmGroups: all<RfmGroupRow>('rfmGroups'),
  };
}
