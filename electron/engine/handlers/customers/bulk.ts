import { RapportFailure } from '../../../../shared/contract/result';
import { recordConsent } from '../../store/consents';
import { customerExists, deleteCustomer, setDoNotContact, touchCustomer } from '../../store/customers';
import { insertDeletion, keepCustomers, markDeletionUndone, putBackCustomers, readDeletion } from '../../store/deletions';
import { addTags, removeTags } from '../../store/tags';
import type { EngineHandler } from '../types';

/** Changes to many customers at once: delete (and its undo), bulk edit, and the ids behind "select all". */

/** Deletes customers with their histories, keeping all of it so that the delete can be undone exactly. */
const remove: EngineHandler<'customers.delete'> = ({ db, now, newId }, { ids }) => {
  const unique = [...new Set(ids)];
  const kept = keepCustomers(db, unique);
  let deleted = 0;
  for (const id of unique) deleted += deleteCustomer(db, id);
  const undoId = newId();
  if (deleted > 0) insertDeletion(db, undoId, now().toISOString(), kept);
  return { deleted, undoId: deleted > 0 ? undoId : null };
};

/** Undoes a delete: the customers come back with the same ids, histories, consents and links. */
const restore: EngineHandler<'customers.restore'> = ({ db, now }, { undoId }) => {
  const record = readDeletion(db, undoId);
  if (!record) throw new RapportFailure('not-found', 'There is nothing to undo for that delete.');
  if (record.undoneAt) throw new RapportFailure('conflict', 'That delete was already undone.');
  const clash = record.kept.customers.find((row) => customerExists(db, row.id as string));
  if (clash) throw new RapportFailure('conflict', 'A deleted customer is back already; the delete cannot be undone twice.');
  putBackCustomers(db, record.kept);
  markDeletionUndone(db, undoId, now().toISOString());
  return { restored: record.kept.customers.length };
};

/** One change to many customers in one transaction: tags, do-not-contact, consent for a medium. */
const bulkUpdate: EngineHandler<'customers.bulkUpdate'> = ({ db, now }, { ids, addTags: added, removeTags: removed, doNotContact, consent }) => {
  const at = now().toISOString();
  let updated = 0;
  for (const id of new Set(ids)) {
    if (!customerExists(db, id)) continue;
    let changes = addTags(db, id, added) + removeTags(db, id, removed);
    if (doNotContact !== undefined) changes += setDoNotContact(db, id, doNotContact);
    if (consent) {
      changes += recordConsent(db, id, consent.medium, { status: consent.status, at, source: 'bulk edit', evidence: consent.evidence }, { onlyIfStatusChanges: true });
    }
    if (changes > 0) {
      touchCustomer(db, id, at);
      updated += 1;
    }
  }
  return { updated };
};

export const bulkHandlers = {
  'customers.delete': remove,
  'customers.restore': restore,
  'customers.bulkUpdate': bulkUpdate,
};
