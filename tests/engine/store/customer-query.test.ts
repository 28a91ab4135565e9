import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkspaceDatabase } from '../../../electron/engine/database';
import { type CustomerQuery, type CustomerSort, customerIdsQuery, customerOrder, customerWhere } from '../../../electron/engine/store/customer-query';
import { AT, bookWith, id } from './support';

let db: WorkspaceDatabase;

/** The customers' numbers a query finds, in the order it gives them. */
function found(query: CustomerQuery & { sort?: CustomerSort[] }, languages: string[] = ['da']): number[] {
  const { sql, params } = customerIdsQuery(query, languages);
  return db.all<{ id: string }>(sql, params).map((row) => Number(row.id.slice(-12)));
}

const sorted = (field: CustomerSort['field'], direction: CustomerSort['direction'] = 'asc') => found({ search: '', sort: [{ field, direction }] });

beforeAll(async () => {
  db = await bookWith([
    [1, { firstName: 'Řehoř', lastName: 'Dvořák', email: 'rehor@example.cz', phone: '+420 601 234 567', city: 'Brno', country: 'CZ', tags: ['espresso', 'wholesale'] }],
    [2, { firstName: 'Anna', lastName: 'Berg', email: 'anna@example.dk', phone: '20 12 34 56', city: 'Århus', country: 'DK', tags: ['filter'], customerSince: '2020-01-01' }],
    [3, { kind: 'company', company: 'Café Ørsted', email: 'info@orsted.dk', city: 'København', country: 'DK', tags: ['café'] }],
    [4, { firstName: 'Ola', lastName: 'Nordmann', email: 'ola_100%@example.no', city: 'Bergen', country: 'NO', referredBy: id(2) }],
    [5, { email: 'only@example.si', country: 'SI' }],
  ]);
  // purchases for the fact sorts: 1 bought twice (most recent), 2 once long ago, 4 once; 3 and 5 never
  const purchase = (n: number, customer: number, date: string, amount: number) =>
    db.run("INSERT INTO purchases (id, customer_id, date, amount_minor, currency, created_at) VALUES (?, ?, ?, ?, 'DKK', ?)", [id(100 + n), id(customer), date, amount, AT.toISOString()]);
  purchase(1, 1, '2026-02-20', 10_000);
  purchase(2, 1, '2026-01-10', 5_000);
  purchase(3, 2, '2024-05-01', 90_000);
  purchase(4, 4, '2025-12-24', 1_000);
});

describe('the customer query builder', () => {
  it('is pure: a query gives SQL and parameters, the same each time, without reading anything', () => {
    const query = { search: 'rehor', tag: 'espresso', filters: [{ field: 'city' as const, contains: 'brno' }], sort: [{ field: 'totalMinor' as const, direction: 'desc' as const }] };
    const once = customerIdsQuery(query, ['da']);
    expect(customerIdsQuery(query, ['da'])).toEqual(once);
    expect(once.params).toEqual({ ':search': '%rehor%', ':tag': 'espresso', ':filter0': '%brno%' });
    expect(once.sql).toContain('JOIN customer_facts f');
    expect(once.readsIndexOrder).toBe(false);
    expect(customerWhere({ search: '' })).toEqual({ sql: '', params: {} });
  });

  it('reads the name order from its index only when nobody is filtered out', () => {
    expect(customerIdsQuery({ search: '', sort: [{ field: 'displayName', direction: 'asc' }] }).readsIndexOrder).toBe(true);
    expect(customerIdsQuery({ search: 'a', sort: [{ field: 'displayName', direction: 'asc' }] }).readsIndexOrder).toBe(false);
    expect(customerIdsQuery({ search: '', sort: [{ field: 'city', direction: 'asc' }] }).readsIndexOrder).toBe(false);
    expect(customerIdsQuery({ search: '' }).sql).not.toContain('ORDER BY');
  });

  it('searches names, emails, phones, cities, companies and tags, ignoring case and accents', () => {
    expect(found({ search: 'REHOR' })).toEqual([1]);
    expect(found({ search: 'dvorak' })).toEqual([1]);
    expect(found({ search: 'example.dk' })).toEqual([2]);
    expect(found({ search: '+420' })).toEqual([1]);
    expect(found({ search: 'arhus' })).toEqual([2]);
    expect(found({ search: 'orsted' })).toEqual([3]);
    expect(found({ search: 'wholesale' })).toEqual([1]);
    // LIKE's wildcards are text in a search
    expect(found({ search: '100%' })).toEqual([4]);
    expect(found({ search: '_1' })).toEqual([4]); // as a wildcard, "_1" would find Řehoř's phone (…601…) too
    expect(found({ search: 'nobody' })).toEqual([]);
  });

  it('filters by one tag exactly, and by who referred the customer', () => {
    expect(found({ search: '', tag: 'café' })).toEqual([3]);
    expect(found({ search: '', tag: 'caf' })).toEqual([]);
    expect(found({ search: '', referredBy: id(2) })).toEqual([4]);
  });

  it('filters each column by what it shows', () => {
    const filter = (field: NonNullable<CustomerQuery['filters']>[number]['field'], contains: string) => found({ search: '', filters: [{ field, contains }] });
    expect(filter('displayName', 'rehor dv')).toEqual([1]);
    expect(filter('displayName', 'orsted')).toEqual([3]); // a company is shown by its name
    expect(filter('displayName', 'only@')).toEqual([5]); // nobody's name: the email is shown
    expect(filter('company', 'ØRSTED')).toEqual([3]);
    expect(filter('email', 'ANNA@')).toEqual([2]);
    expect(filter('phone', '20 12 34')).toEqual([2]); // spaces do not matter
    expect(filter('city', 'kobenhavn')).toEqual([3]);
    expect(filter('tags', 'whole')).toEqual([1]);
    // a country by its English name, its name in the business's language, or its code
    expect(filter('country', 'Norway')).toEqual([4]);
    expect(filter('country', 'Tjekkiet')).toEqual([1]);
    expect(filter('country', 'si')).toEqual([5]);
    // two filters: both must hold
    expect(found({ search: '', filters: [{ field: 'country', contains: 'dk' }, { field: 'city', contains: 'arhus' }] })).toEqual([2]);
  });

  it('sorts by each field, customers without a value (no purchases) last, ties by id', () => {
    expect(sorted('displayName')).toEqual([2, 3, 4, 5, 1]); // Danish alphabet: Ř with R, after O; the email-only customer by its email
    expect(sorted('lastName', 'desc')).toEqual([4, 1, 2, 3, 5]);
    expect(sorted('city')).toEqual([5, 4, 1, 3, 2]); // an empty city is text too: first
    expect(sorted('country')).toEqual([1, 2, 3, 4, 5]);
    expect(sorted('customerSince', 'desc')).toEqual([2, 1, 3, 4, 5]);
    expect(sorted('totalMinor', 'desc')).toEqual([2, 1, 4, 3, 5]);
    expect(sorted('purchaseCount', 'desc')).toEqual([1, 2, 4, 3, 5]);
    expect(sorted('lastPurchase', 'desc')).toEqual([1, 4, 2, 3, 5]);
    expect(sorted('firstPurchase')).toEqual([2, 4, 1, 3, 5]);
    // fewer days since the last purchase first: the direction of the date is flipped
    expect(sorted('daysSinceLastPurchase')).toEqual([1, 4, 2, 3, 5]);
    expect(sorted('referredCount', 'desc')).toEqual([2, 1, 3, 4, 5]);
  });

  it('orders by several fields in turn', () => {
    expect(customerOrder([{ field: 'country', direction: 'asc' }, { field: 'city', direction: 'desc' }])).toEqual({
      sql: 'ORDER BY c.country ASC NULLS LAST, lower(c.city) DESC NULLS LAST, c.id',
      needsFacts: false,
    });
    expect(found({ search: '', sort: [{ field: 'country', direction: 'desc' }, { field: 'city', direction: 'asc' }] })).toEqual([5, 4, 3, 2, 1]);
  });
});
