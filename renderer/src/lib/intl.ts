/** Country, currency and language names in the UI language, from the platform (Intl.DisplayNames). */
import { SUGGESTED_COUNTRIES, SUGGESTED_CURRENCIES } from '@shared/domain/profile';

const cache = new Map<string, Intl.DisplayNames>();
function names(locale: string, type: Intl.DisplayNamesType): Intl.DisplayNames {
  const key = `${locale}|${type}`;
  let value = cache.get(key);
  if (!value) cache.set(key, (value = new Intl.DisplayNames([locale], { type, fallback: 'none' })));
  return value;
}

export const countryName = (code: string, locale: string) => safeOf(names(locale, 'region'), code) ?? code;
export const currencyName = (code: string, locale: string) => safeOf(names(locale, 'currency'), code) ?? code;
export const languageName = (code: string, locale: string) => safeOf(names(locale, 'language'), code) ?? code;

function safeOf(display: Intl.DisplayNames, code: string): string | undefined {
  try {
    return display.of(code);
  } catch {
    return undefined;
  }
}

export interface Option {
  code: string;
  label: string;
}

const byLabel = (locale: string) => (a: Option, b: Option) => a.label.localeCompare(b.label, locale);

/** Every ISO 3166-1 alpha-2 region the platform can name (AA–ZZ filtered), suggested ones first. */
export function countryOptions(locale: string): { suggested: Option[]; others: Option[] } {
  const suggested = SUGGESTED_COUNTRIES.map((code) => ({ code, label: countryName(code, locale) })).sort(byLabel(locale));
  const taken = new Set<string>(SUGGESTED_COUNTRIES);
  const others: Option[] = [];
  const display = names(locale, 'region');
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (taken.has(code) || NOT_COUNTRIES.has(code) || !isCurrentCode(code)) continue;
      const label = safeOf(display, code);
      if (label && label !== code) others.push({ code, label });
    }
  }
  return { suggested, others: others.sort(byLabel(locale)) };
}

/**
 * Whether a region code is the current one: the platform also names retired codes (YU and CS as "Serbia", UK as
 * "United Kingdom", DD as "Germany"), which would list a country two or three times.
 */
const isCurrentCode = (code: string) => Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`;

/** Codes the platform names but that are not countries a business is in (groupings, reserved, pseudo). */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ', 'AQ', 'BV', 'HM', 'TF', 'UM', 'CP', 'DG', 'EA', 'IC', 'TA', 'AC']);

/** Code first, so it stays readable when a narrow field cuts the name short. */
export const currencyLabel = (code: string, locale: string) => `${code} — ${currencyName(code, locale)}`;

export function currencyOptions(locale: string): { suggested: Option[]; others: Option[] } {
  const suggested = SUGGESTED_CURRENCIES.map((code) => ({ code, label: currencyLabel(code, locale) }));
  const taken = new Set<string>(SUGGESTED_CURRENCIES);
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : [];
  const others = all
    .filter((code) => !taken.has(code))
    .map((code) => ({ code, label: currencyLabel(code, locale) }))
    .sort(byLabel(locale));
  return { suggested, others };
}

export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(date);
}
