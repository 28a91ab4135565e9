import { type ConsentMedium, displayName as customerName } from '../../../shared/domain/customer';
import type { PersonalDataExport, PersonalFeedback, PersonalPurchase, PersonalTouchpoint } from '../../../shared/domain/privacy';
import { readCustomer } from '../store/customers';
import { readPersonalData } from '../store/personal-data';
import { safeFileStem } from './file-name';
import type { FileProducer } from './types';

/** The file is written for the person who asked, in English (the language of Rapport's own texts for now). */
const LOCALE = 'en-GB';

/** `exports.personData`: everything held about one person, as a text file named after them. */
export const personDataFile: FileProducer<'exports.personData'> = {
  suggestedName: (ctx, { id }) => `${safeFileStem(customerName(readCustomer(ctx.db, id, ctx.now())), 'Workspace')} - personal data.txt`,
  produce: (ctx, { id }) => ({ bytes: Buffer.from(personDataText(readPersonalData(ctx.db, id, ctx.now())), 'utf8'), answer: {} }),
};

/**
 * A person's data as a plain-text document they can read (right of access): every field Rapport holds about
 * them under headings, then their consents and each history, in the order it happened. Amounts carry their
 * currency, countries and languages are named, dates are written out.
 */
export function personDataText(data: PersonalDataExport): string {
  const { customer } = data;
  const lines: string[] = [`Personal data held by ${data.heldBy}`, `Exported on ${dateTime(data.exportedAt)} with Rapport`];

  heading(lines, 'About you');
  const fields: Array<[string, string]> = [
    ['First name', customer.firstName], ['Last name', customer.lastName], ['Company', customer.company], ['Job title', customer.role],
    ['Email', customer.email], ['Phone', customer.phone],
  ];
  const address: Array<[string, string]> = [
    ['Street', customer.street], ['Postal code', customer.postalCode], ['City', customer.city], ['Region', customer.region],
    ['Country', countryName(customer.country)],
  ];
  const other: Array<[string, string]> = [
    ['Language we write to you in', languageName(customer.language)], ['Birthday', birthday(customer.birthday)],
    ['Customer since', date(customer.customerSince)], ['Where we met you', customer.source], ['Tags', customer.tags.join(', ')],
    ['Notes', customer.notes], ['Do not contact', customer.doNotContact ? 'Yes: we do not contact you' : ''],
  ];
  listFields(lines, fields);
  if (address.some(([, value]) => value)) {
    subheading(lines, 'Address');
    listFields(lines, address);
  }
  listFields(lines, other);
  lines.push(`Record created: ${dateTime(customer.createdAt)}`, `Record last changed: ${dateTime(customer.updatedAt)}`);

  heading(lines, 'What you agreed to be contacted by');
  const consents = Object.entries(customer.consents) as Array<[ConsentMedium, NonNullable<(typeof customer.consents)[ConsentMedium]>]>;
  if (consents.length === 0) lines.push('Nothing recorded: we have no consent from you to contact you.');
  for (const [medium, consent] of consents) {
    const what = consent.status === 'granted' ? 'you agreed' : 'you withdrew your consent';
    const how = [consent.source, consent.evidence].filter(Boolean).join('; ');
    lines.push(`${CONSENT_MEDIUM_NAMES[medium]}: ${what} on ${dateTime(consent.at)}${how ? ` (${how})` : ''}`);
  }

  history(lines, 'Your purchases', data.purchases, purchaseLine);
  history(lines, 'Our contacts with you', data.touchpoints, touchpointLine);
  history(lines, 'Your feedback', data.feedback, feedbackLine);
  history(lines, 'People you referred to us', data.referred, (person) => [person.name, person.company].filter(Boolean).join(', '));
  return `${lines.join('\n')}\n`;
}

const CONSENT_MEDIUM_NAMES: Record<ConsentMedium, string> = { email: 'Email', post: 'Post', phone: 'Phone calls', sms: 'Text messages (SMS)' };
const TOUCHPOINT_MEDIUM_NAMES: Record<string, string> = {
  email: 'Email', phone: 'Phone call', visit: 'Visit', letter: 'Letter', gift: 'Gift', event: 'Event', social: 'Social media',
};
const DEPARTMENT_NAMES: Record<string, string> = { sales: 'sales', 'after-sales': 'after-sales', support: 'support', accounting: 'accounting' };

function purchaseLine(purchase: PersonalPurchase): string {
  const what = [purchase.product, purchase.category && `(${purchase.category})`].filter(Boolean).join(' ');
  const details = [purchase.outlet && `bought via ${purchase.outlet}`, purchase.orderRef && `order ${purchase.orderRef}`].filter(Boolean).join(', ');
  return `${date(purchase.date)}: ${money(purchase.amountMinor, purchase.currency)}${what ? ` for ${what}` : ''}${details ? `; ${details}` : ''}`;
}

function touchpointLine(touchpoint: PersonalTouchpoint): string {
  const medium = Object.hasOwn(TOUCHPOINT_MEDIUM_NAMES, touchpoint.medium) ? TOUCHPOINT_MEDIUM_NAMES[touchpoint.medium] : touchpoint.medium;
  const department = Object.hasOwn(DEPARTMENT_NAMES, touchpoint.department) ? DEPARTMENT_NAMES[touchpoint.department] : touchpoint.department;
  const who = touchpoint.direction === 'inbound' ? `you contacted our ${department} team` : `our ${department} team contacted you`;
  const parts = [touchpoint.summary, touchpoint.outcome && `Outcome: ${touchpoint.outcome}`].filter(Boolean).join('. ');
  return `${date(touchpoint.date)}: ${medium}, ${who}${parts ? `. ${parts}` : ''}`;
}

function feedbackLine(feedback: PersonalFeedback): string {
  const scores = [
    feedback.nps !== null && `how likely you are to recommend us: ${feedback.nps} out of 10`,
    feedback.satisfaction !== null && `satisfaction: ${feedback.satisfaction} out of 5`,
  ].filter(Boolean);
  const rest = [feedback.comment && `"${feedback.comment}"`, feedback.source && `via ${feedback.source}`].filter(Boolean).join(' ');
  return `${date(feedback.date)}: ${scores.join('; ')}${rest ? `. ${rest}` : ''}`;
}

function heading(lines: string[], title: string): void {
  lines.push('', title, '='.repeat(title.length));
}

function subheading(lines: string[], title: string): void {
  lines.push('', title, '-'.repeat(title.length));
}

function listFields(lines: string[], fields: Array<[string, string]>): void {
  for (const [label, value] of fields) if (value) lines.push(`${label}: ${value}`);
}

function history<T>(lines: string[], title: string, rows: readonly T[], line: (row: T) => string): void {
  heading(lines, title);
  if (rows.length === 0) lines.push('None.');
  for (const row of rows) lines.push(`- ${line(row)}`);
}

/** "DKK 40.20": the currency's code and its own number of decimals (minor units: 4020 øre). */
export function money(minor: number, currency: string): string {
  let format: Intl.NumberFormat;
  try {
    format = new Intl.NumberFormat(LOCALE, { style: 'currency', currency, currencyDisplay: 'code' });
  } catch {
    return `${currency} ${(minor / 100).toFixed(2)}`;
  }
  const decimals = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(minor / 10 ** decimals).replace(/\u00a0/g, ' ');
}

const countries = new Intl.DisplayNames(LOCALE, { type: 'region', fallback: 'code' });
const languages = new Intl.DisplayNames(LOCALE, { type: 'language', fallback: 'code' });

function countryName(code: string): string {
  return code ? displayName(countries, code) : '';
}

function languageName(code: string): string {
  return code ? displayName(languages, code) : '';
}

function displayName(names: Intl.DisplayNames, code: string): string {
  try {
    const name = names.of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code; // not a code Intl knows: shown as stored
  }
}

const dateFormat = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });
const dayMonthFormat = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', timeZone: 'UTC' });

/** "2 January 2026" from 2026-01-02; anything else as stored. */
function date(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? dateFormat.format(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : iso;
}

/** "2 January 2026 at 09:00 UTC" from an ISO timestamp. */
function dateTime(iso: string): string {
  const at = Date.parse(iso);
  return Number.isNaN(at) ? iso : `${dateTimeFormat.format(at)} UTC`;
}

/** A birthday with a year is a date; one without (--MM-DD) is a day and a month. */
function birthday(value: string): string {
  const match = /^--(\d{2})-(\d{2})$/.exec(value);
  return match ? dayMonthFormat.format(Date.UTC(2000, Number(match[1]) - 1, Number(match[2]))) : date(value);
}
