import { WorkspaceDatabase } from '../../../electron/engine/database';
import { migrate } from '../../../electron/engine/migrations';
import { insertCustomer } from '../../../electron/engine/store/customers';
import { insertProfile } from '../../../electron/engine/store/profile';
import { EMPTY_CUSTOMER, type CustomerFields } from '../../../shared/domain/customer';
import { sampleProfile, testEnv } from '../../support/engine';

export const AT = new Date('2026-03-01T09:00:00Z');
export const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A migrated workspace database with the sample (Danish) profile and these customers, inserted in this order. */
export async function bookWith(customers: Array<[n: number, fields: Partial<CustomerFields>]> = []): Promise<WorkspaceDatabase> {
  const db = new WorkspaceDatabase((await testEnv()).SQL);
  migrate(db);
  insertProfile(db, sampleProfile, AT);
  for (const [n, fields] of customers) insertCustomer(db, id(n), { ...EMPTY_CUSTOMER, ...fields }, AT, sampleProfile.country);
  return db;
}
