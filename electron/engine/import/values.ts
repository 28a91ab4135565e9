import { type CustomerFields, CustomerFieldsSchema, EMPTY_CUSTOMER, NAMES_NOBODY, namesSomeone } from '../../../shared/domain/customer';
import type { ConsentMedium } from '../../../shared/domain/customer';
import { type ImportField, type Mapping, fieldOf } from './fields';

export interface ConsentChange {
  status: 'granted' | 'withdrawn';
  at: string | null;
  evidence: string;
}

export interface MappedRow {
  fields: CustomerFields;
  consents: Partial<Record<ConsentMedium, ConsentChange>>;
}

/** A row that cannot be imported names the person as far as it can, and every problem it has. */
export type RowResult = { ok: true; row: MappedRow } | { ok: false; reason: string; problems: string[]; name: string; email: string };

/** A refused row: its problems joined into one reason, and each kept for the list on the preview. */
export function refusedRow(problems: readonly string[], who: { name: string; email: string }): Extract<RowResult, { ok: false }> {
  return { ok: false, reason: problems.join(' '), problems: [...problems], name: who.name, email: who.email };
}

/** Turns one row of cells into customer fields and consent changes, or says why it cannot. */
export function mapRow(
  headers: readonly string[],
  cells: readonly string[],
  mapping: Mapping,
  listSeparator: RegExp,
  context: { businessCountry: string; source: string },
): RowResult {
  // keyed by field, not by header text, and a Map all the same: nothing from the file reaches a prototype
  const given = new Map<ImportField, string>();
  const tags: string[] = [];
  headers.forEach((header, index) => {
    const field = fieldOf(mapping, header);
    const value = (cells[index] ?? '').trim();
    if (field === 'ignore' || value === '') return;
    if (field === 'tags') tags.push(...value.split(listSeparator).map((t) => t.replace(/^"|"$/g, '').trim()).filter(Boolean));
    else if (!given.has(field)) given.set(field, field === 'email' ? value.split(listSeparator)[0]!.trim() : value);
  });
  const text = (field: ImportField) => given.get(field) ?? '';
  let firstName = text('firstName');
  let lastName = text('lastName');
  if (!firstName && !lastName && given.has('fullName')) [firstName, lastName] = splitFullName(text('fullName'));
  const who = { name: `${firstName} ${lastName}`.trim() || text('company') || text('email'), email: text('email') };
  if (cells.every((cell) => cell.trim() === '')) return refusedRow(['The row is empty.'], who);

  const problems: string[] = [];
  const birthday = given.has('birthday') ? parseDate(text('birthday'), context.businessCountry, true) : '';
  if (birthday === null) problems.push(`The birthday “${text('birthday')}” is not a date Rapport can read.`);
  const since = given.has('customerSince') ? parseDate(text('customerSince'), context.businessCountry, false) : '';
  const country = given.has('country') ? countryCode(text('country')) : '';
  const language = text('language');

  const candidate = {
    ...EMPTY_CUSTOMER,
    kind: firstName || lastName ? 'person' : given.has('company') ? 'company' : 'person',
    firstName,
    lastName,
    company: text('company'),
    salutation: text('salutation'),
    role: text('role'),
    email: text('email').toLowerCase(),
    phone: text('phone'),
    street: text('street'),
    postalCode: text('postalCode'),
    city: text('city'),
    region: text('region') || (given.has('country') && !country ? text('country') : ''),
    country: country ?? '',
    language: language && /^[a-z]{2,3}$/i.test(language) ? language.toLowerCase() : '',
    birthday: birthday ?? '',
    customerSince: since ?? '',
    source: context.source,
    notes: text('notes'),
    tags: [...new Set(tags.map((t) => t.slice(0, 60)))].slice(0, 50),
  };
  // every field is present here, so the whole-record schema checks them without the partial input's extra steps
  const parsed = CustomerFieldsSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      // a field's problem says which value was wrong (the email and phone rules are refinements of their field);
      // a record-level rule has no path and is a whole sentence already
      const value = issue.path.length ? String((candidate as Record<string, unknown>)[String(issue.path[0])] ?? '') : '';
      problems.push(!value ? issue.message : `${issue.message} (“${value.slice(0, 60)}”)`);
    }
  } else if (!namesSomeone(parsed.data)) problems.push(NAMES_NOBODY);
  if (problems.length > 0 || !parsed.success) return refusedRow([...new Set(problems)], who);

  const consents: MappedRow['consents'] = {};
  const evidence = (extra: string) => [`Imported from ${context.source}`, extra].filter(Boolean).join('; ');
  if (given.has('unsubscribedAt') || given.has('cleanedAt')) {
    // unsubscribed or bounced people must never become contactable by email
    const at = parseTimestamp(given.get('unsubscribedAt') ?? given.get('cleanedAt') ?? '');
    consents.email = { status: 'withdrawn', at, evidence: evidence(given.has('unsubscribedAt') ? `unsubscribed ${text('unsubscribedAt')}` : `address cleaned (bounced) ${text('cleanedAt')}`) };
  } else if (given.has('consentAt')) {
    consents.email = { status: 'granted', at: parseTimestamp(text('consentAt')), evidence: evidence(`opted in ${text('consentAt')}${given.has('consentEvidence') ? ` from ${text('consentEvidence')}` : ''}`) };
  } else if (given.has('emailConsent')) {
    const yes = isYes(text('emailConsent'));
    if (yes !== null) consents.email = { status: yes ? 'granted' : 'withdrawn', at: null, evidence: evidence(`marketing consent “${text('emailConsent')}”`) };
  }
  if (given.has('smsConsent')) {
    const yes = isYes(text('smsConsent'));
    if (yes !== null) consents.sms = { status: yes ? 'granted' : 'withdrawn', at: null, evidence: evidence(`SMS consent “${text('smsConsent')}”`) };
  }
  return { ok: true, row: { fields: parsed.data, consents } };
}

function splitFullName(full: string): [string, string] {
  const parts = full.trim().split(/\s+/);
  return parts.length === 1 ? ['', parts[0]!] : [parts.slice(0, -1).join(' '), parts[parts.length - 1]!];
}

function isYes(value: string): boolean | null {
  const v = value.trim().toLowerCase();
  if (['yes', 'y', 'true', '1', 'subscribed', 'ja', 'ano', 'da', 'opted in'].includes(v)) return true;
  if (['no', 'n', 'false', '0', 'unsubscribed', 'nej', 'nei', 'ne', 'not subscribed'].includes(v)) return false;
  return null;
}

/**
 * A date in the forms exports use: 2024-03-12, --03-12 (no year), 12.03.2024, 12-03-2024, 3/15/2024 (US when
 * the day cannot be first), with or without a time. Day-first unless the business is in the US. Answers ''
 * for Outlook's empty 0/0/00, null when unreadable.
 */
export function parseDate(value: string, businessCountry: string, allowNoYear: boolean): string | null {
  const v = value.trim();
  if (v === '' || /^0{1,2}[/.]0{1,2}[/.]0{2,4}$/.test(v)) return '';
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$/.exec(v);
  if (match) return isoDate(+match[1]!, +match[2]!, +match[3]!);
  match = /^--(\d{2})-(\d{2})$/.exec(v);
  if (match && allowNoYear) return validMonthDay(+match[1]!, +match[2]!) ? v : null;
  match = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})(?:[ T,].*)?$/.exec(v);
  if (match) {
    const a = +match[1]!;
    const b = +match[2]!;
    const year = match[3]!.length === 2 ? 1900 + +match[3]! + (+match[3]! < 30 ? 100 : 0) : +match[3]!;
    const usFirst = businessCountry === 'US' || v.includes('/') && b > 12;
    const [month, day] = a > 12 ? [b, a] : usFirst ? [a, b] : [b, a];
    return isoDate(year, month, day);
  }
  return null;
}

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

function validMonthDay(month: number, day: number): boolean {
  return isoDate(2000, month, day) !== null;
}

function parseTimestamp(value: string): string | null {
  const time = Date.parse(value.trim().replace(' ', 'T') + (/[zZ]|[+-]\d{2}:?\d{2}$/.test(value.trim()) ? '' : 'Z'));
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

let countryNames: Map<string, string> | null = null;

/** ISO code from a code or a country name in English, Danish, Norwegian, Czech or Slovene. */
export function countryCode(value: string): string | null {
  const v = value.trim();
  if (/^[A-Za-z]{2}$/.test(v)) return v.toUpperCase() === 'UK' ? 'GB' : v.toUpperCase();
  countryNames ??= buildCountryNames();
  return countryNames.get(foldName(v)) ?? null;
}

function buildCountryNames(): Map<string, string> {
  const names = new Map<string, string>();
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const locale of ['en', 'da', 'nb', 'cs', 'sl']) {
    const display = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    for (const a of letters) for (const b of letters) {
      const name = display.of(a + b);
      if (name) names.set(foldName(name), a + b);
    }
  }
  for (const [alias, code] of [['united states of america', 'US'], ['usa', 'US'], ['england', 'GB'], ['great britain', 'GB'], ['czech republic', 'CZ']] as const) {
    names.set(alias, code);
  }
  return names;
}

function foldName(value: string): string {
  return value.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]+/g, ' ').trim();
}
