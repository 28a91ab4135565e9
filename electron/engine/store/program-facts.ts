import type { BusinessFacts, Program, ProgramBase, ProgramRules } from '../../../shared/domain/program';
import type { SegmentRules } from '../../../shared/domain/segment';
import { SegmentRulesSchema } from '../../../shared/domain/segment';
import { addDays } from '../../../shared/logic/calendar';
import { addMonths } from '../../../shared/logic/programs/standing';
import type { Reader, SqlParam } from '../database';
import type { SqlFragment } from './customer-query';
import { readProfile } from './profile';
import { rulesMembersSql } from './segments';

/**
 * What program recommendations and economics stand on, measured in SQL over the 12 months to `asOf` (both ends
 * included: from `asOf` minus a year plus a day). Money is in the business currency, converted as the metrics
 * convert it (store/metrics.ts): each customer's sum per currency converted once and rounded; a currency without a
 * rate is left out of every amount (its purchases still count as purchases) and named.
 *
 * Speed: one pass over the purchases (the covering index purchases_customer_date), grouped by customer and currency,
 * then by customer, materialised once; every total and histogram is an aggregate over that one table of customers,
 * returned by one statement as (name, k, v) rows.
 */

/** The spend buckets when the program asks for no particular width: 100 major units. */
export const DEFAULT_SPEND_BUCKET_MINOR = 10_000;

export interface MeasurePeriod {
  from: string;
  prevFrom: string;
  to: string;
}

/** The 12 months to `asOf` and the 12 before them. */
export function measurePeriod(asOf: string): MeasurePeriod {
  return { from: addDays(addMonths(asOf, -12), 1), prevFrom: addDays(addMonths(asOf, -24), 1), to: asOf };
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * The width of the spend buckets that makes the economics' counting from a bucket's lower bound exact: the spend of
 * one full stamp card, of one reward at the first points threshold, or the tiers' common divisor.
 */
export function spendBucketFor(rules: ProgramRules): number {
  switch (rules.type) {
    case 'stampCard':
      return rules.stampsPer === 'amount' ? rules.amountPerStampMinor * rules.rewardAt : DEFAULT_SPEND_BUCKET_MINOR;
    case 'points':
      return Math.max(1, Math.ceil((rules.thresholds[0]!.points * 100) / rules.pointsPerUnit - 1e-9));
    case 'tiers': {
      if (rules.basis !== 'spend') return DEFAULT_SPEND_BUCKET_MINOR;
      const yearly = rules.tiers.map((t) => Math.round((t.threshold * 12) / rules.periodMonths)).filter((t) => t > 0);
      return yearly.length === 0 ? DEFAULT_SPEND_BUCKET_MINOR : yearly.reduce(gcd);
    }
    default:
      return DEFAULT_SPEND_BUCKET_MINOR;
  }
}

/** The ids of the union of several segments' members; each segment's parameters renamed so that they do not collide. */
export function unionMembersSql(db: Reader, rules: readonly SegmentRules[], asOf: string): SqlFragment {
  const params: Record<string, SqlParam> = {};
  const parts = rules.map((r, i) => {
    const members = rulesMembersSql(db, r, asOf);
    for (const [name, value] of Object.entries(members.params)) params[name.startsWith(':seg') ? `:u${i}_${name.slice(1)}` : name] = value;
    // the SQL text holds only schema names and :segN parameters (store/segment-query.ts), so renaming them is safe
    return `SELECT id FROM (${members.sql.replace(/:seg(\d+)\b/g, `:u${i}_seg$1`)})`;
  });
  return { sql: parts.length === 0 ? 'SELECT NULL AS id WHERE 0' : parts.join(' UNION '), params };
}

interface MeasureOptions {
  /** Target customers' ids SQL; undefined: every customer. */
  target?: SqlFragment;
  spendBucketMinor: number;
  /** Lapsed: last purchase on or before this day (default: before the 12 months). */
  lapsedOnOrBefore?: string;
}

interface Measured {
  customers: number;
  buyers: number;
  purchases: number;
  convertedPurchases: number;
  revenueMinor: number;
  unconverted: string[];
  previousBuyers: number;
  retainedBuyers: number;
  lapsed: number;
  topFifthMinor: number;
  advocates: number;
  referred: number;
  purchaseHistogram: Array<[number, number]>;
  spendHistogram: Array<[number, number]>;
}

/** The one statement: the per-customer pass, then every figure as (name, k, v, t) rows. */
export function measureQuery(period: MeasurePeriod, options: MeasureOptions): SqlFragment {
  const targetSql = options.target
    ? `SELECT id FROM customers WHERE substr(created_at, 1, 10) <= :to AND id IN (${options.target.sql})`
    : 'SELECT id FROM customers WHERE substr(created_at, 1, 10) <= :to';
  const sql = `WITH
    target AS MATERIALIZED (${targetSql}),
    fx AS MATERIALIZED (SELECT currency, factor FROM exchange_factors),
    -- two scans of the covering index, each with few aggregates (one scan with every aggregate is slower in sql.js)
    year_cc AS MATERIALIZED (
      SELECT customer_id, currency, count(*) AS n, sum(amount_minor) AS total, max(date) AS last_date
        FROM purchases WHERE date >= :from AND date <= :to GROUP BY customer_id, currency),
    before AS (SELECT customer_id, max(date) AS last_before FROM purchases WHERE date < :from GROUP BY customer_id),
    per_customer AS MATERIALIZED (
      SELECT customer_id, sum(n) AS n, sum(spend) AS spend, sum(converted_n) AS converted_n,
             max(last_before) AS last_before, max(last_date) AS last_date, customer_id IN (SELECT id FROM target) AS in_target
        FROM (SELECT y.customer_id, y.n, coalesce(CAST(round(y.total * x.factor) AS INTEGER), 0) AS spend,
                     CASE WHEN x.factor IS NOT NULL THEN y.n ELSE 0 END AS converted_n, NULL AS last_before, y.last_date
                FROM year_cc y LEFT JOIN fx x ON x.currency = y.currency
              UNION ALL SELECT customer_id, 0, 0, 0, last_before, last_before FROM before)
       GROUP BY customer_id),
    targeted AS MATERIALIZED (SELECT * FROM per_customer WHERE in_target),
    buyers AS MATERIALIZED (SELECT customer_id, n, spend FROM targeted WHERE n > 0),
    ranked AS (SELECT spend, row_number() OVER (ORDER BY spend DESC) AS rn, count(*) OVER () AS cnt FROM buyers),
    -- customers whose first purchase ever falls in the 12 months, referred by a target customer (as metrics count them)
    referrals AS (
      SELECT c.referred_by FROM per_customer pc JOIN customers c ON c.id = pc.customer_id
       WHERE pc.n > 0 AND pc.last_before IS NULL AND c.referred_by IN (SELECT id FROM target))
  SELECT 'customers' AS name, 0 AS k, (SELECT count(*) FROM target) AS v, NULL AS t
  UNION ALL SELECT 'buyers', 0, count(*), NULL FROM buyers
  UNION ALL SELECT 'purchases', 0, coalesce(sum(n), 0), NULL FROM targeted
  UNION ALL SELECT 'converted', 0, coalesce(sum(converted_n), 0), NULL FROM targeted
  UNION ALL SELECT 'revenue', 0, coalesce(sum(spend), 0), NULL FROM buyers
  UNION ALL SELECT 'unconverted', 0, 0, (SELECT group_concat(currency, ',') FROM (SELECT DISTINCT y.currency FROM year_cc y
                 WHERE y.currency NOT IN (SELECT currency FROM fx) AND y.customer_id IN (SELECT id FROM target) ORDER BY y.currency))
  UNION ALL SELECT 'previous', 0, count(*), NULL FROM targeted WHERE last_before >= :prev_from
  UNION ALL SELECT 'retained', 0, count(*), NULL FROM targeted WHERE last_before >= :prev_from AND n > 0
  UNION ALL SELECT 'lapsed', 0, count(*), NULL FROM targeted WHERE ${options.lapsedOnOrBefore ? 'last_date <= :lapsed' : 'n = 0'}
  UNION ALL SELECT 'topFifth', 0, coalesce(sum(spend), 0), NULL FROM ranked WHERE rn <= (cnt + 4) / 5
  UNION ALL SELECT 'advocates', 0, count(DISTINCT referred_by), NULL FROM referrals
  UNION ALL SELECT 'referred', 0, count(*), NULL FROM referrals
  UNION ALL SELECT 'p', n, count(*), NULL FROM buyers GROUP BY n
  UNION ALL SELECT 's', CAST(max(spend, 0) / :width AS INTEGER) * :width AS bucket, count(*), NULL FROM buyers GROUP BY bucket`;
  const params: Record<string, SqlParam> = {
    ...(options.target?.params ?? {}),
    ':from': period.from,
    ':prev_from': period.prevFrom,
    ':to': period.to,
    ':width': options.spendBucketMinor,
  };
  if (options.lapsedOnOrBefore) params[':lapsed'] = options.lapsedOnOrBefore;
  return { sql, params };
}

function measure(db: Reader, period: MeasurePeriod, options: MeasureOptions): Measured {
  const query = measureQuery(period, options);
  const rows = db.all<{ name: string; k: number; v: number; t: string | null }>(query.sql, query.params);
  const one = (name: string) => rows.find((r) => r.name === name)?.v ?? 0;
  const histogram = (name: string): Array<[number, number]> =>
    rows.filter((r) => r.name === name).map((r): [number, number] => [r.k, r.v]).sort((a, b) => a[0] - b[0]);
  const unconverted = rows.find((r) => r.name === 'unconverted')?.t;
  return {
    customers: one('customers'),
    buyers: one('buyers'),
    purchases: one('purchases'),
    convertedPurchases: one('converted'),
    revenueMinor: one('revenue'),
    unconverted: unconverted ? unconverted.split(',').sort() : [],
    previousBuyers: one('previous'),
    retainedBuyers: one('retained'),
    lapsed: one('lapsed'),
    topFifthMinor: one('topFifth'),
    advocates: one('advocates'),
    referred: one('referred'),
    purchaseHistogram: histogram('p'),
    spendHistogram: histogram('s'),
  };
}

/** The numbers recommendations are made from: the whole customer book, the 12 months to `asOf`. */
export function readBusinessFacts(db: Reader, asOf: string): BusinessFacts {
  return factsFrom(db, asOf, measure(db, measurePeriod(asOf), { spendBucketMinor: DEFAULT_SPEND_BUCKET_MINOR }));
}

function factsFrom(db: Reader, asOf: string, m: Measured): BusinessFacts {
  const profile = readProfile(db);
  const book = db.get<{ customers: number; companies: number; referred: number; birthdays: number }>(
    `SELECT count(*) AS customers,
            count(DISTINCT CASE WHEN company <> '' THEN 'c:' || lower(trim(company)) WHEN kind = 'company' THEN 'i:' || id END) AS companies,
            count(referred_by) AS referred, coalesce(sum(birthday <> ''), 0) AS birthdays
       FROM customers WHERE substr(created_at, 1, 10) <= ?`,
    [asOf],
  ) ?? { customers: 0, companies: 0, referred: 0, birthdays: 0 };
  const averageBasketMinor = m.convertedPurchases > 0 ? Math.round(m.revenueMinor / m.convertedPurchases) : 0;
  // the basket in euro through the workspace's rates (1 EUR = per_eur units of the business currency)
  const perEur = profile.currency === 'EUR' ? 1 : db.get<{ r: number }>('SELECT CAST(per_eur AS REAL) AS r FROM exchange_rates WHERE currency = ?', [profile.currency])?.r;
  return {
    kind: profile.kind,
    industry: profile.industry,
    customers: book.customers,
    buyers: m.buyers,
    companies: book.companies,
    purchasesPerBuyer: m.buyers > 0 ? m.purchases / m.buyers : 0,
    averageBasketMinor,
    averageBasketEurMinor: perEur ? Math.round(averageBasketMinor / perEur) : null,
    currency: profile.currency,
    topFifthRevenueShare: m.revenueMinor > 0 ? m.topFifthMinor / m.revenueMinor : 0,
    repeatRate: m.previousBuyers > 0 ? m.retainedBuyers / m.previousBuyers : 0,
    referralShare: book.customers > 0 ? book.referred / book.customers : 0,
    lapsedShare: book.customers > 0 ? m.lapsed / book.customers : 0,
    withBirthday: book.birthdays,
  };
}

/**
 * The base of a program's economics: its target customers (the union of its segments' members as of `asOf`, or
 * every customer; a segment deleted since is left out, so a program whose segments are all gone targets no one),
 * their 12 months of purchases, and the histograms in buckets that fit the program's rules.
 */
export function readProgramBase(db: Reader, program: Pick<Program, 'rules' | 'segmentIds' | 'giftIds'>, asOf: string): ProgramBase {
  const options = programMeasureOptions(db, program, asOf);
  return baseFrom(db, program, asOf, measure(db, measurePeriod(asOf), options), options.spendBucketMinor);
}

/**
 * The business facts and a program's base together (the proposal needs both): one pass over the purchases when
 * the program measures what the facts measure (every customer, lapsed as the facts count it), else two.
 */
export function readFactsAndProgramBase(db: Reader, program: Pick<Program, 'rules' | 'segmentIds' | 'giftIds'>, asOf: string): { facts: BusinessFacts; base: ProgramBase } {
  const options = programMeasureOptions(db, program, asOf);
  const m = measure(db, measurePeriod(asOf), options);
  const facts = !options.target && !options.lapsedOnOrBefore ? factsFrom(db, asOf, m) : readBusinessFacts(db, asOf);
  return { facts, base: baseFrom(db, program, asOf, m, options.spendBucketMinor) };
}

function programMeasureOptions(db: Reader, program: Pick<Program, 'rules' | 'segmentIds'>, asOf: string): MeasureOptions {
  let target: SqlFragment | undefined;
  if (program.segmentIds.length > 0) {
    const found = db.all<{ rules: string }>(
      `SELECT rules FROM segments WHERE deleted_at = '' AND id IN (SELECT value FROM json_each(?)) ORDER BY created_at, id`,
      [JSON.stringify(program.segmentIds)],
    );
    target = unionMembersSql(db, found.map((row) => SegmentRulesSchema.parse(JSON.parse(row.rules))), asOf);
  }
  const lapsedOnOrBefore = program.rules.type === 'winBack' ? addDays(asOf, -program.rules.lapsedAfterDays) : undefined;
  return { ...(target && { target }), spendBucketMinor: spendBucketFor(program.rules), ...(lapsedOnOrBefore && { lapsedOnOrBefore }) };
}

function baseFrom(db: Reader, program: Pick<Program, 'giftIds'>, asOf: string, m: Measured, width: number): ProgramBase {
  const profile = readProfile(db);
  const period = measurePeriod(asOf);
  const gifts =
    program.giftIds.length > 0
      ? db.get<{ avg: number | null }>(`SELECT avg(unit_cost_minor) AS avg FROM gifts WHERE deleted_at = '' AND id IN (SELECT value FROM json_each(?))`, [
          JSON.stringify(program.giftIds),
        ])?.avg ?? null
      : null;
  return {
    asOf,
    from: period.from,
    currency: profile.currency,
    grossMarginPercent: profile.grossMarginPercent,
    targetCustomers: m.customers,
    activeBuyers: m.buyers,
    purchases: m.purchases,
    revenueMinor: m.revenueMinor,
    unconvertedCurrencies: m.unconverted,
    retentionRate: m.previousBuyers > 0 ? m.retainedBuyers / m.previousBuyers : 0,
    lapsedCustomers: m.lapsed,
    purchaseHistogram: m.purchaseHistogram,
    spendHistogram: m.spendHistogram,
    spendBucketMinor: width,
    advocates: m.advocates,
    referred: m.referred,
    giftUnitCostMinor: gifts === null ? 0 : Math.round(gifts),
  };
}
