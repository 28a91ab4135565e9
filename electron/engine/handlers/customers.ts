import { z } from 'zod';
import { RapportFailure } from '../../../shared/contract/result';
import {
  CONSENT_CHANNELS,
  CUSTOMER_FILTER_FIELDS,
  type Consent,
  type ConsentChannel,
  type Customer,
  type CustomerFacts,
  type CustomerFields,
  type CustomerListRequestSchema,
  type CustomerRow,
  type CurrencySpent,
  displayName,
} from '../../../shared/domain/customer';
import { customerMatchKeys, foldText, nameKey } from '../../../shared/logic/match-keys';
import type { Reader, SqlParam, Writer } from '../database';
import { countryCodesMatching } from './countries';
import { displayKey, nameOrderLanguage } from './name-order';
import { readProfile } from './profile';
import { workspaceState } from './state';
import type { EngineHandler } from './types';
import { withoutUndefined } from '../../../shared/logic/objects';

/** Field name in the contract → column in `customers`. */
const COLUMNS = {
  kind: 'kind',
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

type SortField = z.output<typeof CustomerListRequestSchema>['sort'][number]['field'];

const SORT_EXPRESSIONS: Record<SortField, string> = {
  displayName: 'c.display_key', // the business language's alphabet: Řehoř after Rz in Czech, Ø after Z in Danish (index customers_display_key)
  lastName: 'lower(c.last_name)',
  firstName: 'lower(c.first_name)',
  company: 'lower(c.company)',
  email: 'c.email',
  city: 'lower(c.city)',
  country: 'c.country',
  createdAt: 'c.created_at',
  updatedAt: 'c.updated_at',
  customerSince: 'c.customer_since',
  lastPurchase: 'f.last_purchase',
  firstPurchase: 'f.first_purchase',
  purchaseCount: 'f.purchase_count',
  totalMinor: 'f.total_minor',
  daysSinceLastPurchase: 'f.last_purchase', // fewer days since = a later last purchase: the direction is flipped
  referredCount: 'f.referred_count',
};

/** Sorting by these needs every customer's facts; any other order reads only the page's. */
const FACT_SORTS = new Set<SortField>(['lastPurchase', 'firstPurchase', 'purchaseCount', 'totalMinor', 'daysSinceLastPurchase', 'referredCount']);

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

function selectRows(db: Reader, ids: readonly string[], now: Date): DbRow[] {
  return ids.length === 0 ? [] : db.all<DbRow>(SELECT_ROWS_FOR_IDS, { ':ids': JSON.stringify(ids), ':today': today(now) });
}

type DbRow = Record<string, SqlParam>;

function toFields(row: DbRow): CustomerFields {
  const fields = {} as Record<string, unknown>;
  for (const field of COLUMN_FIELDS) fields[field] = row[COLUMNS[field]];
  fields.doNotContact = row.do_not_contact === 1;
  fields.tags = typeof row.tags === 'string' && row.tags !== '' ? row.tags.split('\u001f') : [];
  return fields as CustomerFields;
}

function toFacts(row: DbRow): CustomerFacts {
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
  };
}

/** The JSON the facts query builds per customer: [currency, sum, converted sum or null, purchases], by currency. */
function spendingOf(json: SqlParam | undefined): CurrencySpent[] {
  if (typeof json !== 'string') return [];
  return (JSON.parse(json) as Array<[string, number, number | null, number]>)
    .map(([currency, totalMinor, convertedMinor, purchaseCount]) => ({ currency, totalMinor, convertedMinor, purchaseCount }))
    .sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
}

function toRow(row: DbRow): CustomerRow {
  const fields = toFields(row);
  return {
    id: row.id as string,
    createdAt: row.created_at as string,
    updatedAt: row.updated_at as string,
    ...fields,
    ...toFacts(row),
    emailConsent: (row.email_consent as 'granted' | 'withdrawn' | null) ?? null,
    displayName: displayName(fields),
  };
}

const today = (now: Date) => now.toISOString().slice(0, 10);

/** Folds a search the way name keys are folded, so "rehor" finds Řehoř. */
function likePattern(search: string): string {
  const folded = nameKey(search, '', '').replace(/\|$/, '');
  return `%${folded.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

export function readCustomer(db: Reader, id: string, now: Date): Customer {
  const row = selectRows(db, [id], now)[0];
  if (!row) throw new RapportFailure('not-found', 'That customer does not exist (any more).', { id });
  const consents: Customer['consents'] = {};
  for (const consent of db.all<{ channel: ConsentChannel; status: Consent['status']; at: string; source: string; evidence: string }>(
    'SELECT channel, status, at, source, evidence FROM consents WHERE customer_id = ?',
    [id],
  )) {
    consents[consent.channel] = { status: consent.status, at: consent.at, source: consent.source, evidence: consent.evidence };
  }
  return { id, createdAt: row.created_at as string, updatedAt: row.updated_at as string, ...toFields(row), consents, facts: toFacts(row) };
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

function checkLinks(db: Reader, id: string | null, fields: Partial<CustomerFields>): void {
  for (const link of ['referredBy', 'successorId'] as const) {
    const target = fields[link];
    if (target === undefined || target === null) continue;
    if (target === id) throw new RapportFailure('invalid-request', 'A customer cannot be linked to themselves.', { field: link });
    if (!db.get('SELECT 1 FROM customers WHERE id = ?', [target])) {
      throw new RapportFailure('not-found', 'The linked customer does not exist.', { field: link, id: target });
    }
  }
}

function writeTags(db: Writer, id: string, tags: readonly string[]): void {
  db.run('DELETE FROM customer_tags WHERE customer_id = ?', [id]);
  insertTags(db, id, tags);
}

function insertTags(db: Writer, id: string, tags: readonly string[]): void {
  for (const tag of new Set(tags)) db.run('INSERT INTO customer_tags (customer_id, tag) VALUES (?, ?)', [id, tag]);
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

/** Inserts one customer (used by create, imports, capture and the demo generator). */
export function insertCustomer(db: Writer, id: string, fields: CustomerFields, now: Date, businessCountry: string): void {
  checkLinks(db, id, fields);
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
  insertTags(db, id, fields.tags);
}

/**
 * `column` of the customer, folded, LIKE `pattern` — asked of the column's distinct values, not of every row.
 * fold() is JavaScript called from SQLite; a book of 100,000 customers has a few hundred cities and companies,
 * so the fold runs a few hundred times per query instead of 100,000 (a search that finds nobody in 100,000
 * customers: 1.5 s before, 0.4 s after).
 * The subquery does not depend on the row, so SQLite computes it once per statement.
 */
function foldedIn(column: 'city' | 'company', pattern: string): string {
  return `c.${column} IN (SELECT value FROM (SELECT DISTINCT ${column} AS value FROM customers) WHERE fold(value) LIKE ${pattern} ESCAPE '\\')`;
}

/** The same for tags: the customer has a tag whose fold is LIKE `pattern`. */
function tagFoldedLike(pattern: string): string {
  return `EXISTS (SELECT 1 FROM customer_tags t WHERE t.customer_id = c.id
    AND t.tag IN (SELECT value FROM (SELECT DISTINCT tag AS value FROM customer_tags) WHERE fold(value) LIKE ${pattern} ESCAPE '\\'))`;
}

/** Each filterable column as a condition on :pattern, folded so that filters ignore accents and case like the search does. */
const FILTER_CONDITIONS: Record<(typeof CUSTOMER_FILTER_FIELDS)[number], (pattern: string) => string> = {
  // the name as shown, folded: the person's part of name_key ("first last|company"), else the company, else the
  // email (display_key is a sort key in the business language's alphabet, not text to search)
  displayName: (pattern) => `(CASE WHEN instr(c.name_key, '|') > 1 THEN substr(c.name_key, 1, instr(c.name_key, '|') - 1)
    WHEN c.name_key <> '' THEN substr(c.name_key, 2) ELSE fold(c.email) END) LIKE ${pattern} ESCAPE '\\'`,
  company: (pattern) => foldedIn('company', pattern),
  email: (pattern) => `c.email_key LIKE ${pattern} ESCAPE '\\'`,
  phone: (pattern) => `replace(c.phone, ' ', '') LIKE ${pattern} ESCAPE '\\'`,
  city: (pattern) => foldedIn('city', pattern),
  // the parameter is the JSON list of codes whose shown name matches (countryCodesMatching)
  country: (codes) => `c.country IN (SELECT value FROM json_each(${codes}))`,
  tags: (pattern) => `(SELECT fold(group_concat(tag, ' ')) FROM customer_tags t WHERE t.customer_id = c.id) LIKE ${pattern} ESCAPE '\\'`,
};

/** The WHERE clause for a search and tag filter (shared by the list, select-all and exports). */
export function customerWhere(
  request: {
    search: string;
    tag?: string | undefined;
    referredBy?: string | undefined;
    filters?: ReadonlyArray<{ field: (typeof CUSTOMER_FILTER_FIELDS)[number]; contains: string }>;
  },
  /** The languages country names are matched in besides English: the business's. */
  nameLanguages: readonly string[] = [],
): {
  whereSql: string;
  params: Record<string, SqlParam>;
} {
  const where: string[] = [];
  const params: Record<string, SqlParam> = {};
  if (request.search) {
    where.push(`(c.name_key LIKE :search ESCAPE '\\' OR c.email_key LIKE :search ESCAPE '\\' OR c.phone LIKE :search ESCAPE '\\'
      OR ${foldedIn('city', ':search')} OR ${foldedIn('company', ':search')} OR ${tagFoldedLike(':search')})`);
    params[':search'] = likePattern(request.search);
  }
  if (request.tag) {
    where.push('EXISTS (SELECT 1 FROM customer_tags t WHERE t.customer_id = c.id AND t.tag = :tag)');
    params[':tag'] = request.tag;
  }
  if (request.referredBy) {
    where.push('c.referred_by = :referredBy');
    params[':referredBy'] = request.referredBy;
  }
  (request.filters ?? []).forEach((filter, index) => {
    const value = filter.field === 'phone' ? filter.contains.replace(/\s+/g, '') : filter.contains;
    where.push(FILTER_CONDITIONS[filter.field](`:filter${index}`));
    params[`:filter${index}`] =
      filter.field === 'phone'
        ? `%${value.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`
        : filter.field === 'country'
          ? JSON.stringify(countryCodesMatching(value, nameLanguages))
          : likePattern(value);
  });
  return { whereSql: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

const listCustomers: EngineHandler<'customers.list'> = ({ db, now }, request) => {
  const { whereSql, params } = customerWhere(request, [readProfile(db).language]);
  const needsFacts = request.sort.some((s) => FACT_SORTS.has(s.field));
  const order = request.sort.map((s) => {
    const descending = (s.direction === 'desc') !== (s.field === 'daysSinceLastPurchase');
    return `${SORT_EXPRESSIONS[s.field]} ${descending ? 'DESC' : 'ASC'} NULLS LAST`;
  });
  order.push('c.id');
  const select = `SELECT c.id FROM customers c ${needsFacts ? 'JOIN customer_facts f ON f.customer_id = c.id' : ''} ${whereSql} ORDER BY ${order.join(', ')}`;
  if (whereSql === '' && request.sort.every((s) => s.field === 'displayName')) {
    // the default order reads a page straight from its index (customers_display_key): nothing to keep
    const ids = db.all<{ id: string }>(`${select} LIMIT :limit OFFSET :offset`, { ...params, ':limit': request.limit, ':offset': request.offset }).map((row) => row.id);
    const total = db.get<{ n: number }>('SELECT count(*) AS n FROM customers c')?.n ?? 0;
    return { rows: selectRows(db, ids, now()).map(toRow), total };
  }
  const ordered = orderedIds(db, select, params);
  return { rows: selectRows(db, ordered.slice(request.offset, request.offset + request.limit), now()).map(toRow), total: ordered.length };
};

/**
 * The last costly order (a search, column filters, a sort by anything but the name): every matching id, in order.
 * A grid asks for it page by page as the user scrolls; each page used to search or sort all 100,000 customers
 * again (0.3–0.8 s), now it is a slice. Kept until the workspace changes (or closes), one query at a time.
 */
let lastOrder: { key: string; ids: string[] } | null = null;

function orderedIds(db: Reader, select: string, params: Record<string, SqlParam>): string[] {
  const key = JSON.stringify([workspaceState(db), select, params]);
  if (lastOrder?.key !== key) lastOrder = { key, ids: db.all<{ id: string }>(select, params).map((row) => row.id) };
  return lastOrder.ids;
}

/** Lets the kept order go: when its workspace closes. */
export function forgetListOrder(): void {
  lastOrder = null;
}

const getCustomer: EngineHandler<'customers.get'> = ({ db, now }, { id }) => readCustomer(db, id, now());

const createCustomer: EngineHandler<'customers.create'> = ({ db, now, newId }, { customer }) => {
  const id = newId();
  const at = now();
  insertCustomer(db, id, customer, at, readProfile(db).country);
  applyConsentDefaults(db, id, customer, at);
  return readCustomer(db, id, at);
};

/** A new customer marked do-not-contact has every channel recorded as withdrawn, with the reason. */
function applyConsentDefaults(db: Writer, id: string, fields: CustomerFields, at: Date): void {
  if (!fields.doNotContact) return;
  for (const channel of CONSENT_CHANNELS) {
    db.run("INSERT INTO consents (customer_id, channel, status, at, source) VALUES (?, ?, 'withdrawn', ?, 'do-not-contact')", [
      id,
      channel,
      at.toISOString(),
    ]);
  }
}

const updateCustomer: EngineHandler<'customers.update'> = ({ db, now }, { id, patch }) => patchCustomer(db, id, patch, now());

/** Changes the given fields of one customer (and its keys); used by customers.update and trade-fair capture. */
export function patchCustomer(db: Writer, id: string, patch: Partial<CustomerFields>, at: Date): Customer {
  const current = readCustomer(db, id, at);
  checkLinks(db, id, patch);
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
  if (tagsChanged) writeTags(db, id, next.tags);
  return readCustomer(db, id, at);
}


export const customerHandlers = {
  'customers.list': listCustomers,
  'customers.get': getCustomer,
  'customers.create': createCustomer,
  'customers.update': updateCustomer,
};
