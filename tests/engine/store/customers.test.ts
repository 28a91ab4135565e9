import { describe, expect, it } from 'vitest';
import { customerExists, deleteCustomer, insertCustomer, patchCustomer, readCustomer, readCustomerRows } from '../../../electron/engine/store/customers';
import { rekeyNames } from '../../../electron/engine/store/name-order';
import { addTags, removeTags, replaceTags } from '../../../electron/engine/store/tags';
import { EMPTY_CUSTOMER } from '../../../shared/domain/customer';
import { AT, bookWith, id } from './support';

const LATER = new Date('2026-03-02T09:00:00Z');

describe('the customers store', () => {
  it('inserts a customer with their match keys, display key and tags, and reads them back', async () => {
    const db = await bookWith();
    insertCustomer(db, id(1), { ...EMPTY_CUSTOMER, firstName: 'Søren', lastName: 'Ærø', email: 'Soren@Example.DK', phone: '20 12 34 56', tags: ['b', 'a', 'a'] }, AT, 'DK');
    expect(db.get('SELECT email_key, phone_key, name_key FROM customers')).toEqual({ email_key: 'soren@example.dk', phone_key: '+4520123456', name_key: 'soren aero|' });
    const customer = readCustomer(db, id(1), AT);
    expect(customer).toMatchObject({ id: id(1), firstName: 'Søren', tags: ['a', 'b'], consents: {}, createdAt: AT.toISOString(), updatedAt: AT.toISOString() });
    expect(readCustomerRows(db, [id(1)], AT)[0]).toMatchObject({ displayName: 'Søren Ærø', purchaseCount: 0, emailConsent: null });
  });

  it('patches only what changed, with new keys and updated_at, and writes nothing for a patch that changes nothing', async () => {
    const db = await bookWith([[1, { firstName: 'Anna', lastName: 'Berg', tags: ['x'] }]]);
    expect(patchCustomer(db, id(1), { firstName: 'Anna', tags: ['x'] }, LATER).updatedAt).toBe(AT.toISOString());
    const patched = patchCustomer(db, id(1), { lastName: 'Holm', tags: ['y'] }, LATER);
    expect(patched).toMatchObject({ firstName: 'Anna', lastName: 'Holm', tags: ['y'], updatedAt: LATER.toISOString() });
    expect(db.get('SELECT name_key FROM customers')).toEqual({ name_key: 'anna holm|' });
  });

  it('answers not-found for a customer who is not there', async () => {
    const db = await bookWith();
    expect(() => readCustomer(db, id(9), AT)).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(() => patchCustomer(db, id(9), { lastName: 'X' }, AT)).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(customerExists(db, id(9))).toBe(false);
  });

  it('adds, removes and replaces tags, counting what changed', async () => {
    const db = await bookWith([[1, { lastName: 'Holm', tags: ['a'] }]]);
    expect(addTags(db, id(1), ['a', 'b', 'b'])).toBe(1);
    expect(removeTags(db, id(1), ['a', 'zz'])).toBe(1);
    replaceTags(db, id(1), ['c', 'd']);
    expect(readCustomer(db, id(1), AT).tags).toEqual(['c', 'd']);
  });

  it('deletes a customer with their tags and consents', async () => {
    const db = await bookWith([[1, { lastName: 'Holm', tags: ['a'] }]]);
    db.run("INSERT INTO consents (customer_id, channel, status, at) VALUES (?, 'email', 'granted', ?)", [id(1), AT.toISOString()]);
    expect(deleteCustomer(db, id(1))).toBe(1);
    expect(db.all('SELECT * FROM customer_tags')).toEqual([]);
    expect(db.all('SELECT * FROM consents')).toEqual([]);
  });

  it('re-keys every name for a new business language, and only the names whose key changes', async () => {
    const db = await bookWith([[1, { firstName: 'Øjvind', lastName: 'Lund' }], [2, { firstName: 'Anna', lastName: 'Berg' }], [3, { firstName: 'Zoe', lastName: 'Ames' }]]);
    const order = () => db.all<{ id: string }>('SELECT id FROM customers ORDER BY display_key').map((row) => Number(row.id.slice(-1)));
    expect(order()).toEqual([2, 3, 1]); // Danish (the sample profile): Ø after Z
    expect(rekeyNames(db, 'en')).toBeGreaterThan(0);
    expect(order()).toEqual([2, 1, 3]); // English: Ø with the Os
    expect(db.get("SELECT value FROM rapport_meta WHERE key = 'name_order_language'")).toEqual({ value: 'en' });
    expect(rekeyNames(db, 'en')).toBe(0);
  });
});
