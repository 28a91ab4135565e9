import { z } from 'zod';
import { isoDate } from './dates';
import { ISO_CURRENCY, parseRate } from '../logic/money';

/** One currency's exchange rate as Settings shows it: in the business currency, with the date it is "as of". */
export interface ExchangeRateRow {
  currency: string;
  /** What one euro buys of it, as stored (shared/logic/money.ts). */
  perEur: string;
  /** One unit of it in the business currency; null while the business currency has no rate. */
  rate: number | null;
  asOf: string;
}

export interface ExchangeRates {
  businessCurrency: string;
  /** False when the business currency itself has no rate yet: nothing else can be converted until it has one. */
  businessHasRate: boolean;
  rates: ExchangeRateRow[];
  /** Currencies purchases are in that have no rate (so their purchases are in no total), sorted. */
  missing: string[];
}

const currencyCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(ISO_CURRENCY, 'A currency is a three-letter ISO code such as CZK.')
  .refine(isIsoCurrency, 'That is not an ISO 4217 currency code.');

/** Codes Intl knows (ISO 4217), so a typo such as "DKR" is refused rather than stored as a rate nobody uses. */
function isIsoCurrency(code: string): boolean {
  const known = (Intl as { supportedValuesOf?: (key: 'currency') => string[] }).supportedValuesOf?.('currency');
  return known ? known.includes(code) : true;
}

/** "1 `currency` = `rate` business currency" as of a date (the engine's today when left out). */
export const RateSetSchema = z
  .object({
    currency: currencyCode,
    rate: z.string().max(30).transform((typed, ctx) => {
      const rate = parseRate(typed);
      if (rate === null) {
        ctx.addIssue({ code: 'custom', message: 'A rate is a positive number such as 0.2961 or 8.60.' });
        return z.NEVER;
      }
      return rate;
    }),
    asOf: isoDate.optional(),
  })
  .strict();
export type RateSet = z.input<typeof RateSetSchema>;

export const RateDeleteSchema = z.object({ currency: currencyCode }).strict();
