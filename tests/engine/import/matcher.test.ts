import { describe, expect, it } from 'vitest';
import { WorkspaceDatabase } from '../../../electron/engine/database';
import { findMatches } from '../../../electron/engine/store/customer-matches';
import { insertCustomer } from '../../../electron/engine/store/customers';
import { CustomerMatcher } from '../../../electron/engine/import/matcher';
import { migrate } from '../../../electron/engine/migrations';
import { EMPTY_CUSTOMER, type CustomerFields } from '../../../shared/domain/customer';
import { customerMatchKeys, type MatchKeys } from '../../../shared/logic/match-keys';
import { testEnv } from '../../support/engine';

const BUSINESS = 'DK';
const AT = new Date('2026-03-01T09:00:00Z');
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

type Row = Partial<Pick<CustomerFields, 'email' | 'phone' | 'firstName' | 'lastName' | 'company' | 'country'>>;

/** The keys an import row is looked up by, built the way the import builds them. */
function keys(row: Row): MatchKeys {
  return customerMatchKeys({ email: '', phone: '', firstName: '', lastName: '', company: '', country: '', ...row }, BUSINESS);
}

/** A workspace holding these customers, inserted in the order given (so rowid follows the list, not the id). */
async function book(customers: Array<[n: number, fields: Partial<CustomerFields>]>): Promise<WorkspaceDatabase> {
  const db = new WorkspaceDatabase((await testEnv()).SQL);
  migrate(db);
  for (const [n, fields] of customers) insertCustomer(db, id(n), { ...EMPTY_CUSTOMER, ...fields }, AT, BUSINESS);
  return db;
}

/** What the matcher answers for one row when loaded with just that row's keys (as a one-row file). */
function matchOne(db: WorkspaceDatabase, row: Row) {
  return CustomerMatcher.forKeys(db, [keys(row)]).match(keys(row));
}

describe('CustomerMatcher', () => {
  it('matches by the strongest reason: email over phone over name', async () => {
    const db = await book([
      [1, { firstName: 'Anna', lastName: 'Holm', email: 'anna@example.dk' }],
      [2, { firstName: 'Bo', lastName: 'Holm', phone: '+45 12 34 56 78' }],
      [3, { firstName: 'Carl', lastName: 'Lund' }],
    ]);
    // email → Anna while the phone → Bo: the email decides
    expect(matchOne(db, { email: 'ANNA@example.dk', phone: '12345678', firstName: 'Carl', lastName: 'Lund' })).toMatchObject({ id: id(1), reason: 'email' });
    // an unknown email falls through to the phone, not to the name
    expect(matchOne(db, { email: 'new@example.dk', phone: '12345678', firstName: 'Carl', lastName: 'Lund' })).toMatchObject({ id: id(2), reason: 'phone' });
    expect(matchOne(db, { firstName: 'carl', lastName: 'LUND' })).toMatchObject({ id: id(3), reason: 'name', displayName: 'Carl Lund' });
  });

  it('picks the oldest of customers sharing a key, as findMatches does', async () => {
    // created first but with the higher id: ordering by id instead of rowid would pick the wrong one
    const db = await book([
      [9, { firstName: 'Old', email: 'shared@example.dk', phone: '12345678' }],
      [1, { firstName: 'New', email: 'Shared@Example.dk', phone: '+45 1234 5678' }],
      [5, { firstName: 'Same', lastName: 'Name' }],
      [4, { firstName: 'same', lastName: 'name' }],
    ]);
    const query = { email: '', phone: '', firstName: '', lastName: '', company: '' };
    const byEmail = matchOne(db, { email: 'shared@example.dk' });
    const byPhone = matchOne(db, { phone: '12 34 56 78' });
    expect(byEmail).toMatchObject({ id: id(9), reason: 'email' });
    expect(byEmail).toEqual(findMatches(db, { ...query, email: 'shared@example.dk' }, BUSINESS)[0]);
    expect(byPhone).toMatchObject({ id: id(9), reason: 'phone' });
    expect(byPhone).toEqual(findMatches(db, { ...query, phone: '12 34 56 78' }, BUSINESS)[0]);
    expect(matchOne(db, { firstName: 'Same', lastName: 'Name' })).toMatchObject({ id: id(5), reason: 'name' });
  });

  it("never matches empty keys or the bare name key '|', nor keys it was not loaded with", async () => {
    // no email, no phone, and a blank company: stored with empty keys and name key '|'
    const db = await book([
      [1, { company: ' ' }],
      [2, { firstName: 'Anna', email: 'anna@example.dk' }],
    ]);
    expect(db.get('SELECT email_key, phone_key, name_key FROM customers WHERE id = ?', [id(1)])).toEqual({ email_key: '', phone_key: '', name_key: '|' });
    const blank: MatchKeys = { email: '', phone: '', name: '|' };
    expect(CustomerMatcher.forKeys(db, [blank]).match(blank)).toBeUndefined();
    // Anna exists, but a matcher loaded for another file does not know her key
    const other = CustomerMatcher.forKeys(db, [keys({ email: 'someone@example.dk' })]);
    expect(other.match(keys({ email: 'anna@example.dk' }))).toBeUndefined();
    expect(CustomerMatcher.forKeys(db, [keys({ email: 'anna@example.dk' })]).match(keys({ email: 'anna@example.dk' }))).toMatchObject({ id: id(2) });
  });

  it("finds a Norwegian customer in a Danish business by the row's country and national number", async () => {
    const db = await book([[1, { firstName: 'Ola', lastName: 'Nordmann', country: 'NO', phone: '22 33 44 55' }]]);
    expect(matchOne(db, { phone: '22334455', country: 'NO' })).toMatchObject({ id: id(1), reason: 'phone' });
    // read as a Danish number the same digits are someone else's phone
    expect(matchOne(db, { phone: '22334455' })).toBeUndefined();
  });
});
