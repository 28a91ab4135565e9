import { type CustomerRow, displayName } from '../../../shared/domain/customer';
import { LANGUAGES, type Language, type Profile } from '../../../shared/domain/profile';
import type { MergeContext, MergeValue, StepValuesSchema } from '../../../shared/domain/template';
import type { z } from 'zod';
import type { Reader } from '../database';
import { type RfmLookup, readCustomerRows } from '../store/customers';
import { readProfile } from '../store/profile';

/**
 * The merge values of each recipient (shared/domain/template.ts MERGE_FIELDS), from the customer, their facts (the
 * same facts the grid shows), the profile and a campaign step. The renderer's live preview gets these very values
 * through templates.context, so the preview and the document say the same.
 */

export type StepValues = z.output<typeof StepValuesSchema>;

export interface RecipientContext {
  customerId: string;
  name: string;
  /** The language the writing is for: the customer's if the business writes in it, else the business's. */
  language: Language;
  /** The customer's own language code when the business does not write in it (the fallback is reported). */
  wantedLanguage: string | null;
  /** The customer's language code as stored ('' when unknown): what pickVersion is asked for. */
  customerLanguage: string;
  context: MergeContext;
  /** The lines of the address window: name, company, street lines, postcode and city, country when abroad. */
  postalAddress: string[];
}

/** Ids are read in slices so one statement never carries an unbounded JSON list. */
const SLICE = 2_000;

/** The group names as a letter or call list prints them (the screen has its own translated words). */
const RFM_GROUP_WORDS: Record<string, string> = {
  champions: 'Champions', loyal: 'Loyal', potentialLoyalists: 'Potential loyalists', new: 'New', promising: 'Promising',
  needAttention: 'Need attention', aboutToSleep: 'About to sleep', atRisk: 'At risk', cantLoseThem: "Can't lose them",
  hibernating: 'Hibernating', lost: 'Lost',
};

const text = (value: string | null | undefined): MergeValue => (value === null || value === undefined || value.trim() === '' ? null : { type: 'text', value });
const date = (value: string | null | undefined): MergeValue => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? { type: 'date', value } : null);
const money = (minor: number | null | undefined, currency: string | null | undefined): MergeValue =>
  minor === null || minor === undefined || !currency ? null : { type: 'money', minor, currency };

/** Whole years from `since` to `today` (both YYYY-MM-DD), or null. */
export function wholeYearsBetween(since: string, today: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(since)) return null;
  const years = Number(today.slice(0, 4)) - Number(since.slice(0, 4)) - (today.slice(5) < since.slice(5) ? 1 : 0);
  return years < 0 ? null : years;
}

function countryName(code: string, language: Language): string {
  if (!code) return '';
  try {
    return new Intl.DisplayNames([language === 'nb' ? 'nb' : language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

interface Extras {
  firstProduct: Map<string, string>;
  last: Map<string, { product: string; amount: number; currency: string }>;
  referred: Map<string, string[]>;
  lastGift: Map<string, string>;
  lastTouchpoint: Map<string, string>;
}

function readExtras(db: Reader, ids: readonly string[]): Extras {
  const list = JSON.stringify(ids);
  const extras: Extras = { firstProduct: new Map(), last: new Map(), referred: new Map(), lastGift: new Map(), lastTouchpoint: new Map() };
  // first and last purchase of each: the window picks one row each way, ties broken by when it was recorded
  for (const row of db.all<{ customer_id: string; product: string; amount_minor: number; currency: string; up: number; down: number }>(
    `SELECT customer_id, product, amount_minor, currency, up, down FROM (
       SELECT customer_id, product, amount_minor, currency,
              ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY date, created_at, id) AS up,
              ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY date DESC, created_at DESC, id DESC) AS down
         FROM purchases WHERE customer_id IN (SELECT value FROM json_each(?)))
      WHERE up = 1 OR down = 1`,
    [list],
  )) {
    if (row.up === 1) extras.firstProduct.set(row.customer_id, row.product);
    if (row.down === 1) extras.last.set(row.customer_id, { product: row.product, amount: row.amount_minor, currency: row.currency });
  }
  for (const row of db.all<{ referred_by: string; first_name: string; last_name: string; company: string; email: string }>(
    `SELECT referred_by, first_name, last_name, company, email FROM customers
      WHERE referred_by IN (SELECT value FROM json_each(?)) ORDER BY display_key, id`,
    [list],
  )) {
    const names = extras.referred.get(row.referred_by) ?? [];
    names.push(displayName({ firstName: row.first_name, lastName: row.last_name, company: row.company, email: row.email }));
    extras.referred.set(row.referred_by, names);
  }
  for (const row of db.all<{ customer_id: string; name: string }>(
    `SELECT customer_id, name FROM (
       SELECT g.customer_id, gi.name, ROW_NUMBER() OVER (PARTITION BY g.customer_id ORDER BY g.date DESC, g.created_at DESC) AS down
         FROM given_gifts g JOIN gifts gi ON gi.id = g.gift_id WHERE g.customer_id IN (SELECT value FROM json_each(?)))
      WHERE down = 1`,
    [list],
  )) extras.lastGift.set(row.customer_id, row.name);
  for (const row of db.all<{ customer_id: string; date: string; channel: string; summary: string }>(
    `SELECT customer_id, date, channel, summary FROM (
       SELECT customer_id, date, channel, summary, ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY date DESC, created_at DESC) AS down
         FROM touchpoints WHERE customer_id IN (SELECT value FROM json_each(?)))
      WHERE down = 1`,
    [list],
  )) extras.lastTouchpoint.set(row.customer_id, [row.date, row.channel, row.summary].filter(Boolean).join(' · '));
  return extras;
}

/** The address window's lines (DIN 5008 leaves the layout to the letter; this gives the content). */
export function postalAddressOf(row: CustomerRow, profile: Profile, language: Language): string[] {
  const person = `${row.firstName} ${row.lastName}`.trim();
  const lines = [person || row.company, person ? row.company : '', ...row.street.split(/\r?\n/), `${row.postalCode} ${row.city}`.trim()];
  if (row.country && row.country !== profile.country) lines.push(countryName(row.country, language).toUpperCase());
  return lines.map((line) => line.trim()).filter((line) => line !== '');
}

function contextOf(row: CustomerRow, extras: Extras, profile: Profile, today: string, language: Language, step: StepValues | undefined): MergeContext {
  const since = row.customerSince || row.firstPurchase || '';
  const last = extras.last.get(row.id);
  const years = since ? wholeYearsBetween(since, today) : null;
  const referredNames = extras.referred.get(row.id) ?? [];
  return {
    salutation: text(row.salutation),
    firstName: text(row.firstName),
    lastName: text(row.lastName),
    fullName: text(`${row.firstName} ${row.lastName}`.trim()),
    company: text(row.company),
    role: text(row.role),
    email: text(row.email),
    phone: text(row.phone),
    street: text(row.street),
    postalCode: text(row.postalCode),
    city: text(row.city),
    country: text(countryName(row.country, language)),
    isB2B: { type: 'boolean', value: row.kind === 'company' || row.company.trim() !== '' },
    birthday: date(row.birthday),
    customerSince: date(since),
    yearsAsCustomer: years === null ? null : { type: 'number', value: years },
    firstPurchaseDate: date(row.firstPurchase),
    firstPurchaseProduct: text(extras.firstProduct.get(row.id)),
    lastPurchaseDate: date(row.lastPurchase),
    lastPurchaseProduct: text(last?.product),
    lastPurchaseAmount: last ? money(last.amount, last.currency) : null,
    purchaseCount: { type: 'number', value: row.purchaseCount },
    totalSpent: row.purchaseCount > 0 ? money(row.totalMinor, profile.currency) : null,
    rfmGroup: row.rfm ? text(RFM_GROUP_WORDS[row.rfm.group] ?? row.rfm.group) : null,
    lifetimeValue: row.rfm ? money(Math.round(row.rfm.predictedValue * 100), profile.currency) : null,
    referredCount: { type: 'number', value: row.referredCount },
    referredNames: text(referredNames.join(', ')),
    lastGift: text(extras.lastGift.get(row.id)),
    // not a merge field: the call list's "last contact" column
    lastTouchpoint: text(extras.lastTouchpoint.get(row.id)),
    businessName: text(profile.name),
    senderAddress: text(profile.senderAddress),
    signature: text(profile.signature),
    today: date(today),
    campaignName: text(step?.campaignName),
    offer: text(step?.offer),
    deadline: date(step?.deadline),
  };
}

const isLanguage = (code: string): code is Language => (LANGUAGES as readonly string[]).includes(code);

/** Each recipient's merge values, in the order of `customerIds` (ids with no customer are left out). */
export function readRecipientContexts(db: Reader, customerIds: readonly string[], now: Date, options: { rfm?: RfmLookup; step?: StepValues } = {}): RecipientContext[] {
  const profile = readProfile(db);
  const today = now.toISOString().slice(0, 10);
  const out: RecipientContext[] = [];
  for (let start = 0; start < customerIds.length; start += SLICE) {
    const ids = customerIds.slice(start, start + SLICE);
    const rows = new Map(readCustomerRows(db, ids, now, options.rfm).map((row) => [row.id, row]));
    const extras = readExtras(db, ids);
    for (const id of ids) {
      const row = rows.get(id);
      if (!row) continue;
      const language = isLanguage(row.language) ? row.language : profile.language;
      out.push({
        customerId: id,
        name: row.displayName,
        language,
        wantedLanguage: row.language !== '' && !isLanguage(row.language) ? row.language : null,
        customerLanguage: row.language,
        context: contextOf(row, extras, profile, today, language, options.step),
        postalAddress: postalAddressOf(row, profile, language),
      });
    }
  }
  return out;
}
