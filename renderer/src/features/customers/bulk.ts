/**
 * Bulk actions over the grid's selection: one engine call each, one transaction, undoable where it matters.
 */
import type { ConsentMedium, CustomerRow } from '@shared/domain/customer';
import { call } from '../../lib/api';

export async function markDoNotContact(rows: readonly CustomerRow[]): Promise<number> {
  return (await call('customers.bulkUpdate', { ids: rows.map((row) => row.id), doNotContact: true })).updated;
}

export async function addTag(rows: readonly CustomerRow[], tag: string): Promise<number> {
  return (await call('customers.bulkUpdate', { ids: rows.map((row) => row.id), addTags: [tag] })).updated;
}

export async function removeTag(rows: readonly CustomerRow[], tag: string): Promise<number> {
  return (await call('customers.bulkUpdate', { ids: rows.map((row) => row.id), removeTags: [tag] })).updated;
}

export async function recordConsent(
  rows: readonly CustomerRow[],
  consent: { medium: ConsentMedium; status: 'granted' | 'withdrawn'; evidence: string },
): Promise<number> {
  return (await call('customers.bulkUpdate', { ids: rows.map((row) => row.id), consent })).updated;
}

/** Deletes with their histories; the answer's undoId brings them back exactly (same ids, history, consents, links). */
export function deleteCustomers(ids: readonly string[]): Promise<{ deleted: number; undoId: string | null }> {
  return call('customers.delete', { ids: [...ids] });
}

export async function restoreCustomers(undoId: string): Promise<number> {
  return (await call('customers.restore', { undoId })).restored;
}
