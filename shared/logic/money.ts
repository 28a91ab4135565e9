/**
 * Money across currencies: exchange rates and the conversion of amounts to the business currency.
 *
 * Rates are kept against one fixed anchor, the euro (as the ECB publishes them: 1 EUR = 7.4588 DKK), not against
 * the business currency, so that changing the business currency in Settings leaves every rate meaningful: the
 * rate of X in the business currency B is perEur(B) / perEur(X). People see and type rates in their business
 * currency ("1 GBP = 8.60 DKK"); `perEurFromRate` turns what they typed into the stored value.
 *
 * A rate is stored as a decimal string (what was seeded or typed, to 12 significant digits): exact in the file
 * and readable in any SQLite tool. Amounts are minor units, hundredths in every currency (as Rapport stores and
 * shows them), so a conversion is one multiplication by the factor.
 *
 * Rounding rule: a customer's sum in one currency is converted once and rounded to the nearest minor unit of the
 * business currency, halves away from zero; their total is the sum of those. This is what SQLite's round() does on
 * the same IEEE doubles, so the engine converts in SQL and this module stays the reference it is tested against.
 */

/** The currency every stored rate is expressed against; its own rate is always 1. */
export const RATE_ANCHOR = 'EUR';

/** A stored or typed rate: a positive decimal with a point ("7.4588"), no exponent. */
export const RATE_DECIMAL = /^\d{1,10}(\.\d{1,17})?$/;

/** Rates outside this range are typing mistakes (no ISO currency is worth a billion euros or a billionth of one). */
const MIN_RATE = 1e-6;
const MAX_RATE = 1e9;
const SIGNIFICANT_DIGITS = 12;

export const ISO_CURRENCY = /^[A-Z]{3}$/;

/** How much of the business currency one minor unit of `currency` is worth, in minor units; null without a rate. */
export function conversionFactor(perEur: ReadonlyMap<string, string>, currency: string, business: string): number | null {
  if (currency === business) return 1;
  const from = perEur.get(currency);
  const to = perEur.get(business);
  if (from === undefined || to === undefined) return null;
  return Number(to) / Number(from);
}

/** `amountMinor` times `factor`, rounded to a whole minor unit, halves away from zero (the rule above). */
export function convertMinor(amountMinor: number, factor: number): number {
  const exact = amountMinor * factor;
  // from 2^52 on every double is a whole number already (and adding 0.5 would round it to even), as SQLite knows
  if (Math.abs(exact) >= 2 ** 52) return exact;
  const rounded = exact >= 0 ? Math.trunc(exact + 0.5) : -Math.trunc(-exact + 0.5);
  return rounded === 0 ? 0 : rounded; // never -0
}

/** A customer's spending in each currency, converted; what the customer facts are made of. */
export interface CurrencySpending {
  currency: string;
  totalMinor: number;
  purchaseCount: number;
}

export interface ConvertedSpending {
  /** In the business currency: the converted sums of every currency with a rate. */
  totalMinor: number;
  /** Purchases whose currency has a rate (the average divides by these). */
  convertedCount: number;
  /** Currencies without a rate, sorted: their purchases are in no total. */
  unconvertedCurrencies: string[];
}

/** The reference for the engine's SQL: each currency's sum converted and rounded once, unconverted ones left out. */
export function convertSpending(spending: readonly CurrencySpending[], perEur: ReadonlyMap<string, string>, business: string): ConvertedSpending {
  let totalMinor = 0;
  let convertedCount = 0;
  const unconverted: string[] = [];
  for (const part of spending) {
    const factor = conversionFactor(perEur, part.currency, business);
    if (factor === null) {
      unconverted.push(part.currency);
      continue;
    }
    totalMinor += convertMinor(part.totalMinor, factor);
    convertedCount += part.purchaseCount;
  }
  return { totalMinor, convertedCount, unconvertedCurrencies: unconverted.sort() };
}

/** A rate as typed ("8,60", "8.60", " 0.1159 ") as a decimal string with a point; null unless positive and plausible. */
export function parseRate(typed: string): string | null {
  const text = typed.trim().replace(',', '.');
  if (!RATE_DECIMAL.test(text)) return null;
  const value = Number(text);
  if (!(value >= MIN_RATE && value <= MAX_RATE)) return null;
  return text;
}

/** A positive number as the decimal string a rate is stored as (12 significant digits, no exponent); null out of range. */
export function rateDecimal(value: number): string | null {
  if (!Number.isFinite(value) || value < MIN_RATE || value > MAX_RATE) return null;
  // toPrecision writes no exponent from 1e-6 up to 1e12, so the text is a plain decimal
  const precise = value.toPrecision(SIGNIFICANT_DIGITS);
  const text = precise.includes('.') ? precise.replace(/\.?0+$/, '') : precise;
  return RATE_DECIMAL.test(text) ? text : null;
}

/** One unit of `currency` in the business currency (what Settings shows); null without both rates. */
export function rateInBusiness(perEur: ReadonlyMap<string, string>, currency: string, business: string): number | null {
  return conversionFactor(perEur, currency, business);
}

/** The stored value (per euro) for "1 `currency` = `rate` business currency", given the business currency's value. */
export function perEurFromRate(rate: string, businessPerEur: string): string | null {
  return rateDecimal(Number(businessPerEur) / Number(rate));
}

/** The currency a new purchase of this customer is most likely in: their last purchase's, else their country's, else the business's. */
export function usualCurrency(lastPurchaseCurrency: string | null, country: string, business: string, currencyByCountry: Readonly<Record<string, string>>): string {
  if (lastPurchaseCurrency) return lastPurchaseCurrency;
  const national = Object.prototype.hasOwnProperty.call(currencyByCountry, country) ? currencyByCountry[country] : undefined;
  return national ?? business;
}
