import { format } from 'date-fns';
import { cs, da, enGB, nb, sl, type Locale } from 'date-fns/locale';
import type { Language } from '../../domain/profile';

/**
 * How merge values print in each language. Dates use date-fns with the formatting (not stand-alone) month names,
 * so Czech and Slovenian get the genitive ("31. března 2026", "31. marca 2026"); numbers and money use Intl.
 */

const DATE_LOCALES: Record<Language, Locale> = { en: enGB, da, nb, cs, sl };
const DATE_PATTERNS: Record<Language, string> = { en: 'd MMMM yyyy', da: 'd. MMMM yyyy', nb: 'd. MMMM yyyy', cs: 'd. MMMM yyyy', sl: 'd. MMMM yyyy' };
/** The Intl locale for each language (the region picks the grouping and currency symbol conventions). */
export const INTL_LOCALES: Record<Language, string> = { en: 'en-GB', da: 'da-DK', nb: 'nb-NO', cs: 'cs-CZ', sl: 'sl-SI' };

const SL_GENITIVE_MONTHS = ['januarja', 'februarja', 'marca', 'aprila', 'maja', 'junija', 'julija', 'avgusta', 'septembra', 'oktobra', 'novembra', 'decembra'];

/** Group thousands from four digits on in every language (Intl's Slovenian and Czech data would print "1234"). */
const GROUPING = { useGrouping: 'always' } as unknown as Intl.NumberFormatOptions;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A YYYY-MM-DD date as a long date in the language; a string that is not such a date is returned as it is. */
export function formatDate(iso: string, language: Language): string {
  const m = ISO_DAY.exec(iso);
  if (!m) return iso;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const date = new Date(y, mo - 1, d);
  date.setFullYear(y); // years 0-99 would otherwise mean 1900-1999
  // 2026-02-31 would roll over to March: not a real day, print it as written
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return iso;
  // date-fns's Slovenian gives the nominative ("marec") where a date needs the genitive ("31. marca 2026")
  if (language === 'sl') return `${d}. ${SL_GENITIVE_MONTHS[mo - 1]} ${format(date, 'yyyy')}`;
  return format(date, DATE_PATTERNS[language], { locale: DATE_LOCALES[language] });
}

/**
 * An amount in minor units (hundredths, as Rapport stores money in every currency) in the currency's own style.
 * The decimals shown come from Intl (JPY and ISK show none, rounded). An unknown currency code prints as a number
 * followed by the code rather than throwing.
 */
export function formatMoney(minor: number, currency: string, language: Language): string {
  const amount = minor / 100;
  try {
    return new Intl.NumberFormat(INTL_LOCALES[language], { ...GROUPING, style: 'currency', currency }).format(amount);
  } catch {
    return `${new Intl.NumberFormat(INTL_LOCALES[language], { ...GROUPING, minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount)} ${currency}`;
  }
}

/** A number with the language's grouping and decimal mark. */
export function formatNumber(n: number, language: Language): string {
  return new Intl.NumberFormat(INTL_LOCALES[language], GROUPING).format(n);
}

/** The formats a tag may name after `|`. */
export const TEMPLATE_FORMATS = ['date', 'money', 'number'] as const;
export type TemplateFormat = (typeof TEMPLATE_FORMATS)[number];

/** A yes/no field printed as a word of the language (a condition is usually what is meant; this is what printing gives). */
const YES_NO: Record<Language, [string, string]> = { en: ['yes', 'no'], da: ['ja', 'nej'], nb: ['ja', 'nei'], cs: ['ano', 'ne'], sl: ['da', 'ne'] };
export function formatBoolean(value: boolean, language: Language): string {
  const [yes, no] = YES_NO[language];
  return value ? yes : no;
}
