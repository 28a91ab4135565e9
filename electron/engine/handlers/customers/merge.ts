import { RapportFailure } from '../../../../shared/contract/result';
import type { ConsentMedium, Customer, CustomerFields } from '../../../../shared/domain/customer';
import type { SqlParam } from '../../database';
import { fillEmpty } from '../../import/plan';
import { forgetConsents, recordConsents } from '../../store/consents';
import { findDuplicateGroups } from '../../store/customer-matches';
import { addTags } from '../../store/tags';
import { customerExists, deleteCustomer, insertStoredCustomerRow, moveLinks, moveLinksBack, readCustomer, storedCustomerRow } from '../../store/customers';
import { insertMerge, markMergeUndone, readMerge } from '../../store/merges';
import { moveHistory, moveHistoryBack } from '../../store/timeline';
import type { EngineHandler } from '../types';
import { updateCustomer } from './edit';

/** Groups of customers that share a normalised email, phone number or name (and company). */
const findDuplicates: EngineHandler<'customers.findDuplicates'> = ({ db }) => findDuplicateGroups(db);

/**
 * Merges one customer into another, keeping both histories: purchases, touchpoints, feedback, referrals and
 * consents move to the kept customer; fields come from the kept one unless the request picks the merged one's
 * (empty fields are filled either way). Everything needed to undo it is recorded.
 */
const merge: EngineHandler<'customers.merge'> = (ctx, { keepId, mergeId, take }) => {
  const { db, now, newId } = ctx;
  if (keepId === mergeId) throw new RapportFailure('invalid-request', 'A customer cannot be merged with themselves.');
  const at = now();
  const kept = readCustomer(db, keepId, at);
  const merged = readCustomer(db, mergeId, at);
  const mergedRow = storedCustomerRow(db, mergeId)!;

  const moved = { ...moveHistory(db, mergeId, keepId), ...moveLinks(db, mergeId, keepId) };

  const chosen: CustomerFields = { ...fillEmpty(kept, merged) };
  for (const field of take) (chosen as unknown as Record<string, unknown>)[field] = merged[field];
  if (chosen.referredBy === mergeId || chosen.referredBy === keepId) chosen.referredBy = kept.referredBy === mergeId ? null : kept.referredBy;
  if (chosen.successorId === mergeId || chosen.successorId === keepId) chosen.successorId = null;
  deleteCustomer(db, mergeId);
  updateCustomer(db, keepId, changedFields(kept, chosen), now());
  recordConsents(db, keepId, mergedConsents(kept.consents, merged.consents));

  const id = newId();
  insertMerge(db, id, at.toISOString(), {
    kept_id: keepId,
    merged_id: mergeId,
    kept_before: JSON.stringify(kept),
    merged_row: JSON.stringify({ row: mergedRow, tags: merged.tags, consents: merged.consents }),
    moved: JSON.stringify(moved),
  });
  return { mergeId: id, customer: readCustomer(db, keepId, at) };
};

/** Puts both customers back as they were before the merge. */
const unmerge: EngineHandler<'customers.unmerge'> = (ctx, { mergeId }) => {
  const { db, now } = ctx;
  const record = readMerge(db, mergeId);
  if (!record) throw new RapportFailure('not-found', 'That merge is not in this workspace.');
  if (record.undone_at) throw new RapportFailure('conflict', 'That merge was already undone, or one of the customers was erased.');
  if (!customerExists(db, record.kept_id)) {
    throw new RapportFailure('conflict', 'The kept customer was deleted since, so the merge cannot be undone.');
  }
  const { row, tags, consents } = JSON.parse(record.merged_row) as { row: Record<string, SqlParam>; tags: string[]; consents: Customer['consents'] };
  insertStoredCustomerRow(db, row);
  addTags(db, record.merged_id, tags);
  recordConsents(db, record.merged_id, consents);
  const moved = JSON.parse(record.moved) as Record<string, string[]>;
  moveHistoryBack(db, moved, record.merged_id);
  moveLinksBack(db, moved, record.merged_id);
  const before = JSON.parse(record.kept_before) as Customer;
  const current = readCustomer(db, record.kept_id, now());
  updateCustomer(db, record.kept_id, changedFields(current, before), now());
  forgetConsents(db, record.kept_id);
  recordConsents(db, record.kept_id, before.consents);
  markMergeUndone(db, mergeId, now().toISOString());
  return { keptId: record.kept_id, restoredId: record.merged_id };
};

function changedFields(before: CustomerFields, after: CustomerFields): Partial<CustomerFields> {
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    if (key in before && JSON.stringify((before as unknown as Record<string, unknown>)[key]) !== JSON.stringify(value)) patch[key] = value;
  }
  return patch as Partial<CustomerFields>;
}

/** The kept customer's consent per medium, the merged one's where the kept has none; a withdrawal always wins. */
function mergedConsents(kept: Customer['consents'], merged: Customer['consents']): Customer['consents'] {
  const result: Customer['consents'] = { ...kept };
  for (const [medium, consent] of Object.entries(merged) as Array<[ConsentMedium, NonNullable<Customer['consents'][ConsentMedium]>]>) {
    if (!result[medium] || consent.status === 'withdrawn') result[medium] = consent;
  }
  return result;
}

export const mergeHandlers = {
  'customers.findDuplicates': findDuplicates,
  'customers.merge': merge,
  'customers.unmerge': unmerge,
};
