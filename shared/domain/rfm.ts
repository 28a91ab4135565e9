import { z } from 'zod';
import { isoDate } from './dates';

/**
 * RFM: recency (days since the last purchase), frequency (number of purchases) and monetary value (total spent,
 * in the business currency's major unit), each scored 1–5 with 5 best. The scoring rules are in
 * shared/logic/rfm.ts; this file holds the shapes both sides exchange.
 */

export type RfmScore = 1 | 2 | 3 | 4 | 5;

/** The named groups, from the recency and frequency scores (logic/rfm.ts, rfmGroup). */
export const RFM_GROUPS = [
  'champions', 'loyal', 'potentialLoyalists', 'new', 'promising', 'needAttention',
  'aboutToSleep', 'atRisk', 'cantLoseThem', 'hibernating', 'lost',
] as const;
export type RfmGroup = (typeof RFM_GROUPS)[number];

/** Four limits, ascending: they split the values into five scores. */
const limits = z
  .tuple([z.number().finite().nonnegative(), z.number().finite().nonnegative(), z.number().finite().nonnegative(), z.number().finite().nonnegative()])
  .refine(([a, b, c, d]) => a < b && b < c && c < d, 'The four limits must go up, each higher than the one before.');

/**
 * The fixed limits that replace quintiles on a small customer list (fewer than 50 buyers), which the user sees
 * and can change.
 * - `recencyDays`: at most this many days since the last purchase for a recency of 5, 4, 3 and 2 (more is 1).
 * - `purchases` and `spent`: at least this much for a score of 2, 3, 4 and 5 (less is 1).
 */
export const RfmThresholdsSchema = z
  .object({ recencyDays: limits, purchases: limits, spent: limits })
  .strict();
export type RfmThresholds = z.infer<typeof RfmThresholdsSchema>;

/** One buyer's figures over the chosen window: what the scores are computed from. */
export interface RfmFigures {
  customerId: string;
  /** Days from the last purchase to the as-of date. */
  recencyDays: number;
  purchases: number;
  /** Total spent, in the business currency's major unit (1234.5 for 1.234,50 kr.). */
  spent: number;
}

/** A customer's RFM as the grid and the customer page show it (null for a customer without purchases). */
export interface CustomerRfm {
  r: RfmScore;
  f: RfmScore;
  m: RfmScore;
  group: RfmGroup;
  method: 'quintiles' | 'thresholds';
  recencyDays: number;
  purchases: number;
  spent: number;
  historicValue: number;
  predictedValue: number;
}

export interface RfmScored extends RfmFigures {
  r: RfmScore;
  f: RfmScore;
  m: RfmScore;
  group: RfmGroup;
}


/** Scores as of a date (default today) over the purchases of a window (default: all of them up to the as-of date). */
export const RfmScoresRequestSchema = z
  .object({ asOf: isoDate.optional(), from: isoDate.optional(), to: isoDate.optional() })
  .strict()
  .refine((r) => !(r.from && r.to && r.from > r.to), 'The window must start on or before its end.');
export type RfmScoresRequest = z.output<typeof RfmScoresRequestSchema>;

/** One scored buyer, with their lifetime value (shared/logic/clv.ts), money in the business currency's major unit. */
export interface RfmCustomer extends RfmScored {
  /** Gross profit so far: spent × gross margin. */
  historicValue: number;
  /** Gross profit still to come: average order × purchases a year × expected remaining years × gross margin. */
  predictedValue: number;
}

export interface RfmScoresResponse {
  method: 'quintiles' | 'thresholds';
  /** The thresholds in force (saved, or the defaults for the kind of business); used only when method is 'thresholds'. */
  thresholds: RfmThresholds;
  /** Whether the thresholds are the user's own or the defaults. */
  thresholdsSaved: boolean;
  asOf: string;
  from: string | null;
  to: string | null;
  currency: string;
  /** Currencies bought in without an exchange rate: counted in recency and frequency, not in money. */
  unconvertedCurrencies: string[];
  customers: RfmCustomer[];
}

/** Saves the thresholds for small lists; `null` goes back to the defaults for the kind of business. */
export const RfmThresholdsSaveSchema = z.object({ thresholds: RfmThresholdsSchema.nullable() }).strict();
