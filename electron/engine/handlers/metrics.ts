import { displayName } from '../../../shared/domain/customer';
import type { CohortRow, MetricsSummary, NpsSummary } from '../../../shared/domain/metrics';
import { RFM_GROUPS } from '../../../shared/domain/rfm';
import type { Reader } from '../database';
import { type MetricsRows, metricsQueries, readMetricsRows, segmentMetricsQuery } from '../store/metrics';
import { readProfile } from '../store/profile';
import { periodRetention } from '../store/retention';
import { rfmParameters } from '../store/rfm';
import { readSegments, rulesMembersSql } from '../store/segments';
import { memorySlot } from './memory';
import { workspaceState } from './state';
import type { EngineHandler } from './types';

/** metrics.summary: the dashboard's figures over a period (definitions in shared/domain/metrics.ts). */

/**
 * The last few summaries, kept until the workspace changes: the dashboard asks for two periods (this one and the
 * one before) each time it shows, and on a 100,000-customer book each takes seconds. Going to the customers and
 * back, or switching between two periods, then answers at once.
 */
const KEPT_SUMMARIES = memorySlot<{ state: string; byPeriod: Map<string, MetricsSummary> }>('metrics.summary: the last periods');
const KEEP_PERIODS = 6;

const summary: EngineHandler<'metrics.summary'> = ({ db, memory }, { from, to }) => {
  const state = workspaceState(db);
  const kept = memory.get(KEPT_SUMMARIES);
  const byPeriod = kept?.state === state ? kept.byPeriod : new Map<string, MetricsSummary>();
  const key = `${from}|${to}`;
  let answer = byPeriod.get(key);
  if (!answer) {
    answer = computeSummary(db, from, to);
    if (byPeriod.size >= KEEP_PERIODS) byPeriod.delete(byPeriod.keys().next().value!);
    byPeriod.set(key, answer);
  }
  memory.set(KEPT_SUMMARIES, { state, byPeriod });
  return answer;
};


const computeSummary = (db: Reader, from: string, to: string): MetricsSummary => {
  const rfm = rfmParameters(db, { asOf: to, from: null, to: null });
  const rows = readMetricsRows(db, metricsQueries(from, to, rfm));
  const { previousBuyers, retainedBuyers } = periodRetention(db, from, to);
  const { totals, newCustomers } = rows;
  const retentionRate = ratio(retainedBuyers, previousBuyers);
  const groups = new Map(rows.rfmGroups.map((row) => [row.rfm_group, row]));
  const atRiskRows = [groups.get('atRisk'), groups.get('cantLoseThem')].filter((row) => row !== undefined);
  const rfmBuyers = rows.rfmGroups.reduce((n, row) => n + row.customers, 0);
  const sumOf = (key: 'lifetime_minor' | 'purchases' | 'historic_value' | 'predicted_value' | 'purchases_per_year') => rows.rfmGroups.reduce((n, row) => n + row[key], 0);
  return {
    from,
    to,
    currency: readProfile(db).currency,
    customers: totals.customers,
    newCustomers: newCustomers.new_customers,
    buyers: totals.buyers,
    purchases: totals.purchases,
    revenue: totals.revenue_minor / 100,
    averageOrderValue: totals.converted_purchases > 0 ? round2(totals.revenue_minor / totals.converted_purchases / 100) : null,
    repeatPurchaseRate: ratio(totals.repeat_buyers, totals.buyers),
    retentionRate,
    churnRate: retentionRate === null ? null : 1 - retentionRate,
    previousBuyers,
    retainedBuyers,
    referralShare: ratio(newCustomers.referred, newCustomers.new_customers),
    referredNewCustomers: newCustomers.referred,
    ambassadors: rows.ambassadors.map((row) => ({
      customerId: row.customer_id,
      name: displayName({ firstName: row.first_name, lastName: row.last_name, company: row.company, email: row.email }),
      referred: row.referred,
      referredRevenue: row.revenue_minor / 100,
    })),
    nps: npsOf(rows.feedback),
    averageSatisfaction: averageSatisfaction(rows.feedback),
    avgDaysBetweenPurchases: rows.gaps.gaps > 0 ? round2(rows.gaps.days / rows.gaps.gaps) : null,
    revenueByMonth: rows.months.map((row) => ({ month: row.month, revenue: row.revenue_minor / 100, buyers: row.buyers })),
    npsByMonth: rows.months.map(({ month }) => {
      const nps = npsOf(rows.feedback.filter((row) => row.month === month));
      return { month, score: nps.score, responses: nps.responses };
    }),
    cohorts: cohortsOf(rows.cohorts, to),
    byRfmGroup: RFM_GROUPS.map((group) => ({ group, customers: groups.get(group)?.customers ?? 0, revenue: (groups.get(group)?.revenue_minor ?? 0) / 100 })),
    bySegment: bySegment(db, from, to),
    atRisk: {
      customers: atRiskRows.reduce((n, row) => n + row.customers, 0),
      revenue: atRiskRows.reduce((n, row) => n + row.revenue_minor, 0) / 100,
      lifetimeRevenue: atRiskRows.reduce((n, row) => n + row.lifetime_minor, 0) / 100,
      predictedValue: round2(atRiskRows.reduce((n, row) => n + row.predicted_value, 0)),
    },
    clv: {
      grossMarginPercent: rfm.grossMarginPercent,
      yearlyRetentionRate: rfm.retentionRate,
      expectedYears: rfm.expectedYears,
      capped: rfm.capped,
      averageOrderValue: sumOf('purchases') > 0 ? round2(sumOf('lifetime_minor') / sumOf('purchases') / 100) : null,
      purchasesPerYear: rfmBuyers > 0 ? sumOf('purchases_per_year') / rfmBuyers : null,
      averageHistoricValue: rfmBuyers > 0 ? round2(sumOf('historic_value') / rfmBuyers) : null,
      averagePredictedValue: rfmBuyers > 0 ? round2(sumOf('predicted_value') / rfmBuyers) : null,
    },
    unconvertedCurrencies: totals.unconverted ? totals.unconverted.split(',') : [],
  } satisfies MetricsSummary;
};

/** Each saved (not deleted) segment, its members as of the period's end and what they spent in the period. */
function bySegment(db: Reader, from: string, to: string): MetricsSummary['bySegment'] {
  return readSegments(db).map((segment) => {
    const query = segmentMetricsQuery(from, to, rulesMembersSql(db, segment.rules, to));
    const row = db.get<{ customers: number; revenue_minor: number }>(query.sql, query.params)!;
    return { segmentId: segment.id, name: segment.name, colour: segment.colour, customers: row.customers, revenue: row.revenue_minor / 100 };
  });
}

function ratio(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Promoters answer 9–10, passives 7–8, detractors 0–6; the score is % promoters − % detractors, rounded half away from zero. */
export function npsOf(months: MetricsRows['feedback']): NpsSummary {
  const sum = (key: 'responses' | 'promoters' | 'passives' | 'detractors') => months.reduce((n, row) => n + row[key], 0);
  const responses = sum('responses');
  const promoters = sum('promoters');
  const detractors = sum('detractors');
  const raw = responses > 0 ? (100 * (promoters - detractors)) / responses : null;
  return { responses, promoters, passives: sum('passives'), detractors, score: raw === null ? null : Math.sign(raw) * Math.round(Math.abs(raw)) };
}

function averageSatisfaction(months: MetricsRows['feedback']): number | null {
  const answers = months.reduce((n, row) => n + row.satisfaction_answers, 0);
  return answers > 0 ? round2(months.reduce((n, row) => n + row.satisfaction_sum, 0) / answers) : null;
}

const monthNumber = (yyyyMm: string) => Number(yyyyMm.slice(0, 4)) * 12 + Number(yyyyMm.slice(5, 7));

/** retained[k] for k = 0 up to the period's end month (0 where nobody of the cohort bought). */
function cohortsOf(cells: MetricsRows['cohorts'], to: string): CohortRow[] {
  const byCohort = new Map<string, CohortRow>();
  for (const cell of cells) {
    let row = byCohort.get(cell.cohort);
    if (!row) {
      row = { cohort: cell.cohort, size: cell.size, retained: new Array<number>(monthNumber(to) - monthNumber(cell.cohort) + 1).fill(0) };
      byCohort.set(cell.cohort, row);
    }
    if (cell.k >= 0 && cell.k < row.retained.length) row.retained[cell.k] = cell.customers;
  }
  return [...byCohort.values()];
}

export const metricsHandlers = {
  'metrics.summary': summary,
};
