import { CUSTOMER_FILTER_FIELDS, CUSTOMER_SORT_FIELDS } from '../../../shared/domain/customer';
import { nameKey } from '../../../shared/logic/match-keys';
import type { SqlParam } from '../database';
import { countryCodesMatching } from './countries';

/**
 * Which customers, in which order: the search box, a tag, "referred by", the grid's column filters and sort,
 * turned into SQL over `customers c` (and `customer_facts f` when the order needs every customer's facts). Pure:
 * a query in, `{ sql, params }` out; nothing is read here. The list, select-all and the exports use it; the
 * segment compiler extends it with rules of its own.
 */

export type CustomerFilterField = (typeof CUSTOMER_FILTER_FIELDS)[number];
export type CustomerSortField = (typeof CUSTOMER_SORT_FIELDS)[number];

export interface CustomerFilter {
  field: CustomerFilterField;
  /** The column contains this text (accents and case ignored; for a country, its shown name or code). */
  contains: string;
}

export interface CustomerSort {
  field: CustomerSortField;
  direction: 'asc' | 'desc';
}

export interface CustomerQuery {
  search: string;
  tag?: string | undefined;
  /** Only the customers this customer referred. */
  referredBy?: string | undefined;
  filters?: readonly CustomerFilter[] | undefined;
  /** Only these customers: the ids SQL of a segment's members (store/segment-query.ts), compiled by the caller. */
  members?: SqlFragment | undefined;
}

export interface SqlFragment {
  sql: string;
  params: Record<string, SqlParam>;
}

const SORT_EXPRESSIONS: Record<CustomerSortField, string> = {
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
const FACT_SORTS = new Set<CustomerSortField>(['lastPurchase', 'firstPurchase', 'purchaseCount', 'totalMinor', 'daysSinceLastPurchase', 'referredCount']);

/** Folds a search the way name keys are folded, so "rehor" finds Řehoř. */
function likePattern(search: string): string {
  const folded = nameKey(search, '', '').replace(/\|$/, '');
  return `%${escapeLike(folded)}%`;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
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
const FILTER_CONDITIONS: Record<CustomerFilterField, (pattern: string) => string> = {
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

/** The value a filter's condition is asked with. */
function filterParam(filter: CustomerFilter, nameLanguages: readonly string[]): SqlParam {
  if (filter.field === 'phone') return `%${escapeLike(filter.contains.replace(/\s+/g, ''))}%`;
  if (filter.field === 'country') return JSON.stringify(countryCodesMatching(filter.contains, nameLanguages));
  return likePattern(filter.contains);
}

/**
 * The WHERE clause (or '' for everyone) for a search, tag and column filters.
 * `nameLanguages`: the languages country names are matched in besides English (the business's).
 */
export function customerWhere(query: CustomerQuery, nameLanguages: readonly string[] = []): SqlFragment {
  const where: string[] = [];
  const params: Record<string, SqlParam> = {};
  if (query.search) {
    where.push(`(c.name_key LIKE :search ESCAPE '\\' OR c.email_key LIKE :search ESCAPE '\\' OR c.phone LIKE :search ESCAPE '\\'
      OR ${foldedIn('city', ':search')} OR ${foldedIn('company', ':search')} OR ${tagFoldedLike(':search')})`);
    params[':search'] = likePattern(query.search);
  }
  if (query.tag) {
    where.push('EXISTS (SELECT 1 FROM customer_tags t WHERE t.customer_id = c.id AND t.tag = :tag)');
    params[':tag'] = query.tag;
  }
  if (query.referredBy) {
    where.push('c.referred_by = :referredBy');
    params[':referredBy'] = query.referredBy;
  }
  if (query.members) {
    where.push(`c.id IN (${query.members.sql})`);
    Object.assign(params, query.members.params);
  }
  (query.filters ?? []).forEach((filter, index) => {
    where.push(FILTER_CONDITIONS[filter.field](`:filter${index}`));
    params[`:filter${index}`] = filterParam(filter, nameLanguages);
  });
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

/** The ORDER BY for a sort (ties broken by id, so pages never overlap), and whether it needs `customer_facts f`. */
export function customerOrder(sort: readonly CustomerSort[]): { sql: string; needsFacts: boolean } {
  const order = sort.map((s) => {
    const descending = (s.direction === 'desc') !== (s.field === 'daysSinceLastPurchase');
    return `${SORT_EXPRESSIONS[s.field]} ${descending ? 'DESC' : 'ASC'} NULLS LAST`;
  });
  order.push('c.id');
  return { sql: `ORDER BY ${order.join(', ')}`, needsFacts: sort.some((s) => FACT_SORTS.has(s.field)) };
}

/**
 * `SELECT c.id` of the matching customers: in the sort's order when one is given, in the table's otherwise.
 * `readsIndexOrder`: nobody is filtered out and the order is the name's, which the index customers_display_key
 * gives page by page (nothing to compute or keep for it).
 */
export function customerIdsQuery(
  query: CustomerQuery & { sort?: readonly CustomerSort[] | undefined },
  nameLanguages: readonly string[] = [],
): SqlFragment & { readsIndexOrder: boolean } {
  const where = customerWhere(query, nameLanguages);
  if (!query.sort) return { sql: `SELECT c.id FROM customers c ${where.sql}`, params: where.params, readsIndexOrder: false };
  const order = customerOrder(query.sort);
  const sql = `SELECT c.id FROM customers c ${order.needsFacts ? 'JOIN customer_facts f ON f.customer_id = c.id' : ''} ${where.sql} ${order.sql}`;
  return { sql, params: where.params, readsIndexOrder: where.sql === '' && query.sort.every((s) => s.field === 'displayName') };
}
