import { RapportFailure } from '../../../../shared/contract/result';
import { CONSENT_MEDIA, type Customer, type CustomerFields } from '../../../../shared/domain/customer';
import type { Reader, Writer } from '../../database';
import { recordConsent } from '../../store/consents';
import { customerExists, insertCustomer, patchCustomer, readCustomer } from '../../store/customers';
import { readProfile } from '../../store/profile';
import type { EngineHandler } from '../types';

/** Creating and changing one customer; `updateCustomer` is also what imports, merges and capture change customers with. */

/** A customer cannot point at themselves, nor at someone who is not there. */
function checkLinks(db: Reader, id: string | null, fields: Partial<CustomerFields>): void {
  for (const link of ['referredBy', 'successorId'] as const) {
    const target = fields[link];
    if (target === undefined || target === null) continue;
    if (target === id) throw new RapportFailure('invalid-request', 'A customer cannot be linked to themselves.', { field: link });
    if (!customerExists(db, target)) throw new RapportFailure('not-found', 'The linked customer does not exist.', { field: link, id: target });
  }
}

const hasLinks = (fields: Partial<CustomerFields>) => (fields.referredBy ?? null) !== null || (fields.successorId ?? null) !== null;

/** Changes the given fields of one customer (and its keys), after checking its links. */
export function updateCustomer(db: Writer, id: string, patch: Partial<CustomerFields>, at: Date): Customer {
  if (hasLinks(patch)) {
    readCustomer(db, id, at); // a customer that is not there is reported as such before their links are
    checkLinks(db, id, patch);
  }
  return patchCustomer(db, id, patch, at);
}

const createCustomer: EngineHandler<'customers.create'> = ({ db, now, newId }, { customer }) => {
  const id = newId();
  const at = now();
  checkLinks(db, id, customer);
  insertCustomer(db, id, customer, at, readProfile(db).country);
  applyConsentDefaults(db, id, customer, at);
  return readCustomer(db, id, at);
};

/** A new customer marked do-not-contact has every medium recorded as withdrawn, with the reason. */
function applyConsentDefaults(db: Writer, id: string, fields: CustomerFields, at: Date): void {
  if (!fields.doNotContact) return;
  for (const medium of CONSENT_MEDIA) recordConsent(db, id, medium, { status: 'withdrawn', at: at.toISOString(), source: 'do-not-contact', evidence: '' });
}

const update: EngineHandler<'customers.update'> = ({ db, now }, { id, patch }) => updateCustomer(db, id, patch, now());

export const editHandlers = {
  'customers.create': createCustomer,
  'customers.update': update,
};
