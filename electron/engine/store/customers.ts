import type { CustomerRfm } from '../../../shared/domain/rfm';
import { RapportFailure } from '../../../shared/contract/result';
import { type Customer, type CustomerFacts, type CustomerFields, type CustomerRow, type CurrencySpent, displayName } from '../../../shared/domain/customer';
import { customerMatchKeys, nameKey } from '../../../shared/logic/match-keys';
import { withoutUndefined } from '../../../shared/logic/objects';
import type { Reader, SqlParam, Writer } from '../database';
import { readConsents } from './consents';
import { displayKey, nameOrderLanguage } from './name-order';
import { readProfile } from './profile';
import { addTags, replaceTags } from './tags';

/**
 * Customers (table customers) with their tags and match keys: the SQL and the row mapping. A customer's match
 * keys (email, phone, name) and display key (the name as the business language sorts it) are written with
 * every change of the fields they come from. Links (referred by, successor) are checked by the handlers.
 */

/** Field name in the contract → column in `customers`. */
const COLUMNS = {
  kind: 'kind',
  salutation: 'salutation',
  firstName: 'first_name',
  lastName: 'last_name',
  company: 'company',
  role: 'role',
  email: 'email',
  phone: 'phone',
  street: 'street',
  postalCode: 'postal_code',
  city: 'city',
  region: 'region',
  country: 'country',
  language: 'language',
  birthday: 'birthday',
  customerSince: 'customer_since',
  source: 'source',
  referredBy: 'referred_by',
  notes: 'notes',
  doNotContact: 'do_not_contact',
  leftCompanyAt: 'left_company_at',
  successorId: 'successor_id',
} as const satisfies Record<Exclude<keyof CustomerFields, 'tags'>, string>;

type ColumnField = keyof typeof COLUMNS;
const COLUMN_FIELDS = Object.keys(COLUMNS) as ColumnField[];

/**
 * Full rows for the given ids, in the given order, with their facts computed for those ids only (a page of a
 * 100,000-customer book must not aggregate a million purchases). Money is summed per currency first, each sum
 * converted to the business currency with exchange_factors (migration 0004; the same rule as customer_spending
 * and shared/logic/money.ts); a currency without a rate is listed in `unconverted`, never added in.
 * `by_currency` lists each currency's own sum for the customer page ("from CZK 45,000.00 and GBP 120.00").
 */
const SELECT_ROWS_FOR_IDS = `
  WITH page(id, n) AS (SELECT value, key FROM json_each(:ids)),
  spending AS (
    SELECT s.*, CAST(round(s.total_minor * x.factor) AS INTEGER) AS converted_minor
      FROM (SELECT customer_id, currency, min(date) AS first_purchase, max(date) AS last_purchase, count(*) AS purchase_count,
                   sum(amount_minor) AS total_minor
              FROM purchases WHERE customer_id IN (SELECT id FROM page) GROUP BY customer_id, currency) s
      LEFT JOIN exchange_factors x ON x.currency = s.currency),
  facts AS (
    SELECT customer_id, min(first_purchase) AS first_purchase, max(last_purchase) AS last_purchase, sum(purchase_count) AS purchase_count,
           sum(converted_minor) AS total_minor, sum(CASE WHEN converted_minor IS NOT NULL THEN purchase_count END) AS converted_count,
           json_group_array(json_array(currency, total_minor, converted_minor, purchase_count)) AS by_currency
      FROM spending GROUP BY customer_id)
  SELECT c.*, f.first_purchase, f.last_purchase, coalesce(f.purchase_count, 0) AS purchase_count,
         coalesce(f.total_minor, 0) AS total_minor, f.total_minor / f.converted_count AS average_minor, f.by_currency,
         (SELECT currency FROM purchases p WHERE p.customer_id = c.id ORDER BY p.date DESC, p.created_at DESC LIMIT 1) AS last_purchase_currency,
         (SELECT count(*) FROM customers r WHERE r.referred_by = c.id) AS referred_count,
         CAST(julianday(:today) - julianday(f.last_purchase) AS INTEGER) AS days_since_last_purchase,
         (SELECT group_concat(tag, char(31)) FROM (SELECT tag FROM customer_tags t WHERE t.customer_id = c.id ORDER BY tag)) AS tags,
         (SELECT status FROM consents k WHERE k.customer_id = c.id AND k.channel = 'email') AS email_consent
    FROM page JOIN customers c ON c.id = page.id LEFT JOIN facts f ON f.customer_id = c.id
   ORDER BY page.n`;

type DbRow = Record<string, SqlParam>;

/** Customers' RFM by id. */
export type RfmLookup = ReadonlyMap<string, CustomerRfm>;
const NO_RFM: RfmLookup = new Map();

function selectRows(db: Reader, ids: readonly string[], now: Date): DbRow[] {
  return ids.length === 0 ? [] : db.all<DbRow>(SELECT_ROWS_FOR_IDS, { ':ids': JSON.stringify(ids), ':today': today(now) });
}

const today = (now: Date) => now.toISOString().slice(0, 10);

function toFields(row: DbRow): CustomerFields {
  const fields = {} as Record<string, unknown>;
  for (const field of COLUMN_FIELDS) fields[field] = row[COLUMNS[field]];
  fields.doNotContact = row.do_not_contact === 1;
  fields.tags = typeof row.tags === 'string' && row.tags !== '' ? row.tags.split('\u001f') : [];
  return fields as CustomerFields;
}

/** `rfm`: the scores of the book as of today (store/rfm.ts via handlers/rfm-cache.ts); a customer missing has none. */
function toFacts(row: DbRow, rfm: RfmLookup): CustomerFacts {
  const spentByCurrency = spendingOf(row.by_currency);
  return {
    firstPurchase: (row.first_purchase as string | null) ?? null,
    lastPurchase: (row.last_purchase as string | null) ?? null,
    purchaseCount: Number(row.purchase_count ?? 0),
    totalMinor: Number(row.total_minor ?? 0),
    averageMinor: row.average_minor === null || row.average_minor === undefined ? null : Number(row.average_minor),
    daysSinceLastPurchase: row.days_since_last_purchase === null || row.days_since_last_purchase === undefined ? null : Number(row.days_since_last_purchase),
    referredCount: Number(row.referred_count ?? 0),
    spentByCurrency,
    unconvertedCurrencies: spentByCurrency.filter((part) => part.convertedMinor === null).map((part) => part.currency),
    lastPurchaseCurrency: (row.last_purchase_currency as string | null) ?? null,
    rfm: rfm.get(row.id as string) ?? null,
  };
}

/** The JSON the facts query builds per customer: [currency, sum, converted sum or null, purchases], by currency. */
function spendingOf(json: SqlParam | undefined): CurrencySpent[] {
  if (typeof json !== 'string') return [];
  return (JSON.parse(json) as Array<[string, number, number | null, number]>)
    .map(([currency, totalMinor, convertedMinor, purchaseCount]) => ({ currency, totalMinor, convertedMinor, purchaseCount }))
    .sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
}

function toRow(row: DbRow, rfm: RfmLookup): CustomerRow {
  const fields = toFields(row);
  return {
    id: row.id as string,
    createdAt: row.created_at as string,
    updatedAt: row.updated_at as string,
    ...fields,
    ...toFacts(row, rfm),
    emailConsent: (row.email_consent as 'granted' | 'withdrawn' | null) ?? null,
    displayName: displayName(fields),
  };
}

/** The grid's rows of these customers, in this order, with their facts as of `now`. */
export function readCustomerRows(db: Reader, ids: readonly string[], now: Date, rfm: RfmLookup = NO_RFM): CustomerRow[] {
  return selectRows(db, ids, now).map((row) => toRow(row, rfm));
}

/** One customer with consents and facts; `not-found` when there is no such customer. */
export function readCustomer(db: Reader, id: string, now: Date, rfm: RfmLookup = NO_RFM): Customer {
  const row = selectRows(db, [id], now)[0];
  if (!row) throw new RapportFailure('not-found', 'That customer does not exist (any more).', { id });
  return { id, createdAt: row.created_at as string, updatedAt: row.updated_at as string, ...toFields(row), consents: readConsents(db, id), facts: toFacts(row, rfm) };
}

export function customerExists(db: Reader, id: string): boolean {
  return db.get('SELECT 1 FROM customers WHERE id = ?', [id]) !== undefined;
}

/** The customer's normalised email ('' when they have none); undefined when there is no such customer. */
export function customerEmailKey(db: Reader, id: string): string | undefined {
  return db.get<{ email_key: string }>('SELECT email_key FROM customers WHERE id = ?', [id])?.email_key;
}

export function countCustomers(db: Reader): number {
  return db.get<{ n: number }>('SELECT count(*) AS n FROM customers c')?.n ?? 0;
}

function matchKeys(fields: Pick<CustomerFields, 'email' | 'phone' | 'firstName' | 'lastName' | 'company' | 'country'>, businessCountry: string, language: string) {
  const keys = customerMatchKeys(fields, businessCountry);
  return {
    email_key: keys.email,
    phone_key: keys.phone,
    // stored for companies too ("|company"); customerMatchKeys looks names up only for people
    name_key: nameKey(fields.firstName, fields.lastName, fields.company),
    display_key: displayKey(fields, language), // the business language's alphabet (name-order.ts)
  };
}

function columnValue(field: ColumnField, value: unknown): SqlParam {
  if (field === 'doNotContact') return value ? 1 : 0;
  return (value ?? null) as SqlParam;
}

/**
 * The INSERT for the columns a customer has a value in; the others take their defaults ('' or NULL). sql.js
 * copies every bound string into WebAssembly memory, and most of a customer's 30 columns are empty: binding only
 * the filled ones saves most of that copying in a large import. A file gives its rows a few shapes, so the
 * statements stay few (and cached).
 */
function insertCustomerStatement(columns: readonly string[]): string {
  return `INSERT INTO customers (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
}

/** Inserts one customer with tags and keys (create, imports, capture and the demo generator). */
export function insertCustomer(db: Writer, id: string, fields: CustomerFields, now: Date, businessCountry: string): void {
  const keys = matchKeys(fields, businessCountry, nameOrderLanguage(db));
  const at = now.toISOString();
  const columns: string[] = ['id', 'created_at', 'updated_at'];
  const values: SqlParam[] = [id, at, at];
  const add = (column: string, value: SqlParam) => {
    if (value === '' || value === null) return; // the column's default
    columns.push(column);
    values.push(value);
  };
  for (const field of COLUMN_FIELDS) add(COLUMNS[field], columnValue(field, fields[field]));
  add('email_key', keys.email_key);
  add('phone_key', keys.phone_key);
  add('name_key', keys.name_key);
  add('display_key', keys.display_key);
  db.run(insertCustomerStatement(columns), values);
  addTags(db, id, fields.tags);
}

/**
 * Changes the given fields of one customer (and its keys), answering the customer as it is afterwards; nothing is
 * written when nothing changes. `not-found` when there is no such customer.
 */
export function patchCustomer(db: Writer, id: string, patch: Partial<CustomerFields>, at: Date): Customer {
  const current = readCustomer(db, id, at);
  const next: CustomerFields = { ...current, ...withoutUndefined(patch) };
  const changed = COLUMN_FIELDS.filter((field) => patch[field] !== undefined && patch[field] !== current[field]);
  const tagsChanged = patch.tags !== undefined && patch.tags.join('\u001f') !== current.tags.join('\u001f');
  if (changed.length === 0 && !tagsChanged) return current;
  const profile = readProfile(db);
  const keys = matchKeys(next, profile.country, profile.language);
  const sets = [...changed.map((field) => `${COLUMNS[field]} = ?`), 'email_key = ?', 'phone_key = ?', 'name_key = ?', 'display_key = ?', 'updated_at = ?'];
  db.run(`UPDATE customers SET ${sets.join(', ')} WHERE id = ?`, [
    ...changed.map((field) => columnValue(field, next[field])),
    keys.email_key,
    keys.phone_key,
    keys.name_key,
    keys.display_key,
    at.toISOString(),
    id,
  ]);
  if (tagsChanged) replaceTags(db, id, next.tags);
  return readCustomer(db, id, at);
}

/** Marks the customer as changed now (a bulk edit of tags or consent changes no column of theirs). */
export function touchCustomer(db: Writer, id: string, at: string): void {
  db.run('UPDATE customers SET updated_at = ? WHERE id = ?', [at, id]);
}

export function setDoNotContact(db: Writer, id: string, doNotContact: boolean): number {
  return db.run('UPDATE customers SET do_not_contact = ? WHERE id = ? AND do_not_contact <> ?', [doNotContact ? 1 : 0, id, doNotContact ? 1 : 0]).changes;
}

/** Deletes the customer; their tags, consents, purchases, touchpoints and feedback go with them (ON DELETE CASCADE). */
export function deleteCustomer(db: Writer, id: string): number {
  return db.run('DELETE FROM customers WHERE id = ?', [id]).changes;
}

/** The customers' table rows as stored (for undo records that put them back exactly). */
export function storedCustomerRow(db: Reader, id: string): Record<string, SqlParam> | undefined {
  return db.get<Record<string, SqlParam>>('SELECT * FROM customers WHERE id = ?', [id]);
}

/** Puts back a customer row kept by storedCustomerRow (merge undo, delete undo). */
export function insertStoredCustomerRow(db: Writer, row: Record<string, SqlParam>): void {
  insertStoredRow(db, 'customers', row);
}

/** Inserts a stored row as it was kept (column → value), into a table of the customer book. */
export function insertStoredRow(db: Writer, table: string, row: Record<string, SqlParam>): void {
  const columns = Object.keys(row);
  db.run(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`, columns.map((c) => row[c] ?? null));
}

/** The links between customers: who referred them, who took over from them. */
export const CUSTOMER_LINKS = ['referred_by', 'successor_id'] as const;

/**
 * Points every other customer's link at `fromId` to `toId` instead (a merge); answers the ids changed per link,
 * for its undo.
 */
export function moveLinks(db: Writer, fromId: string, toId: string): Record<(typeof CUSTOMER_LINKS)[number], string[]> {
  const moved = {} as Record<(typeof CUSTOMER_LINKS)[number], string[]>;
  for (const link of CUSTOMER_LINKS) {
    moved[link] = db.all<{ id: string }>(`SELECT id FROM customers WHERE ${link} = ? AND id <> ?`, [fromId, toId]).map((r) => r.id);
    db.run(`UPDATE customers SET ${link} = ? WHERE ${link} = ? AND id <> ?`, [toId, fromId, toId]);
  }
  return moved;
}

/** Points these customers' links back at `toId` (the undo of moveLinks). */
export function moveLinksBack(db: Writer, moved: Partial<Record<(typeof CUSTOMER_LINKS)[number], string[]>>, toId: string): void {
  for (const link of CUSTOMER_LINKS) {
    for (const id of moved[link] ?? []) db.run(`UPDATE customers SET ${link} = ? WHERE id = ?`, [toId, id]);
  }
}
