import { z } from 'zod';
import { isoDate } from './dates';
import type { RfmGroup } from './rfm';
import type { SegmentColour } from './segment';

/**
 * Return on relationship: the figures of the dashboard over a period, and the "needs attention this week" list.
 * Money is in the business currency's major unit (purchases in a currency without an exchange rate are counted
 * as purchases but not in money, and named in `unconvertedCurrencies`); rates are fractions 0–1, null when
 * there is nothing to divide by. Dates come from the caller.
 */


export const MetricsSummaryRequestSchema = z
  .object({ from: isoDate, to: isoDate })
  .strict()
  .refine((r) => r.from <= r.to, 'The period must start on or before its end.');
export type MetricsSummaryRequest = z.output<typeof MetricsSummaryRequestSchema>;

export interface NpsSummary {
  responses: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** % promoters − % detractors, −100 to 100; null without answers. */
  score: number | null;
}

export interface CohortRow {
  /** The month of the cohort's first purchase, 'YYYY-MM'. */
  cohort: string;
  /** Customers whose first purchase ever was in that month. */
  size: number;
  /** retained[k]: how many of them bought in the k-th month after (retained[0] = size). Up to the period's end. */
  retained: number[];
}

export interface Ambassador {
  customerId: string;
  name: string;
  /** New customers in the period they referred. */
  referred: number;
  /** What those referred customers spent in the period. */
  referredRevenue: number;
}

export interface MetricsSummary {
  from: string;
  to: string;
  currency: string;
  /** Customers in the book on the period's last day (created on or before it). */
  customers: number;
  /** Customers whose first purchase ever falls in the period. */
  newCustomers: number;
  buyers: number;
  purchases: number;
  revenue: number;
  averageOrderValue: number | null;
  /** Buyers in the period with 2 or more purchases in it / buyers in it. */
  repeatPurchaseRate: number | null;
  /** Buyers of the previous period of the same length who bought again in this one / buyers of the previous period. */
  retentionRate: number | null;
  churnRate: number | null;
  previousBuyers: number;
  retainedBuyers: number;
  /** New customers in the period who were referred by someone / new customers. */
  referralShare: number | null;
  referredNewCustomers: number;
  ambassadors: Ambassador[];
  nps: NpsSummary;
  /** Average satisfaction (1–5) of answers in the period; null without any. */
  averageSatisfaction: number | null;
  /** Average days between one purchase and a customer's next, over purchases in the period. */
  avgDaysBetweenPurchases: number | null;
  revenueByMonth: { month: string; revenue: number; buyers: number }[];
  npsByMonth: { month: string; score: number | null; responses: number }[];
  cohorts: CohortRow[];
  /** RFM as of the period's end over all purchases up to it. */
  byRfmGroup: { group: RfmGroup; customers: number; revenue: number }[];
  bySegment: { segmentId: string; name: string; colour: SegmentColour; customers: number; revenue: number }[];
  /** At risk and Can't lose them: how many, and what they spent in the period and in all. */
  atRisk: { customers: number; revenue: number; lifetimeRevenue: number; predictedValue: number };
  /** The business's lifetime-value inputs as of the period's end (logic/clv.ts spells out the formula). */
  clv: {
    grossMarginPercent: number;
    yearlyRetentionRate: number | null;
    expectedYears: number;
    capped: boolean;
    averageOrderValue: number | null;
    purchasesPerYear: number | null;
    /** Average over buyers of historic and predicted value. */
    averageHistoricValue: number | null;
    averagePredictedValue: number | null;
  };
  unconvertedCurrencies: string[];
}

export const AttentionRequestSchema = z.object({ asOf: isoDate.optional() }).strict();

export const ATTENTION_KINDS = ['cantLoseThem', 'atRisk', 'birthday', 'anniversary', 'noTouchpoint', 'detractor', 'leftCompany'] as const;
export type AttentionKind = (typeof ATTENTION_KINDS)[number];

/** One item of "Needs attention this week": who, why (the kind and its figures, worded by the screen), how urgent. */
export interface AttentionItem {
  kind: AttentionKind;
  customerId: string;
  name: string;
  /** What the reason is worded from: days since a purchase or touchpoint, a date, an NPS score, money spent. */
  facts: {
    days?: number;
    date?: string;
    /** Birthday or anniversary: how many days from the as-of date. */
    inDays?: number;
    /** Anniversary: which one (years as a customer). */
    years?: number;
    score?: number;
    spent?: number;
    company?: string;
  };
  /** Higher first; the list is sorted by it. */
  priority: number;
}

export interface AttentionList {
  asOf: string;
  items: AttentionItem[];
}
