import { RapportFailure } from '../../../../shared/contract/result';
import type { ConsentChannel } from '../../../../shared/domain/customer';
import type { SqlParam } from '../../database';
import { recordConsent } from '../../store/consents';
import { customerIdsQuery } from '../../store/customer-query';
import { customerExists, deleteCustomer, insertStoredCustomerRow, insertStoredRow, setDoNotContact, touchCustomer } from '../../store/customers';
import { readProfile } from '../../store/profile';
import { addTags, removeTags } from '../../store/tags';
import type { Reader, Writer } from '../../database';
import type { EngineHandler } from '../types';

/** Changes to many customers at once: delete (and its undo), bulk edit, and the ids behind "select all". */

/** Tables whose rows belong to a customer, restored with it when a delete is undone. */
const OWNED = ['customers', 'customer_tags', 'consents', 'purchases', 'touchpoints', 'feedback'] as const;
type Saved = Record<(typeof OWNED)[number] | 'links', Array<Record<string, SqlParam>>>;

function rowsOf(db: Reader, table: string, column: string, ids: readonly string[]): Array<Record<string, SqlParam>> {
  return db.all(`SELECT * FROM ${table} WHERE ${column} IN (SELECT value FROM json_each(?))`, [JSON.stringify(ids)]);
}

/** Deletes customers with their histories, keeping all of it so that the delete can be undone exactly. */
const remove: EngineHandler<'customers.delete'> = ({ db, now, newId }, { ids }) => {
  const unique = [...new Set(ids)];
  const saved: Saved = {
    customers: rowsOf(db, 'customers', 'id', unique),
    customer_tags: rowsOf(db, 'customer_tags', 'customer_id', unique),
    consents: rowsOf(db, 'consents', 'customer_id', unique),
    purchases: rowsOf(db, 'purchases', 'customer_id', unique),
    touchpoints: rowsOf(db, 'touchpoints', 'customer_id', unique),
    feedback: rowsOf(db, 'feedback', 'customer_id', unique),
    // other customers pointing at the deleted ones (referred by, successor): their links come back too
    links: db.all(
      `SELECT id, referred_by, successor_id FROM customers WHERE (referred_by IN (SELECT value FROM json_each(?1)) OR successor_id IN (SELECT value FROM json_each(?1)))
         AND id NOT IN (SELECT value FROM json_each(?1))`,
      [JSON.stringify(unique)],
    ),
  };
  let deleted = 0;
  for (const id of unique) deleted += deleteCustomer(db, id);
  const undoId = newId();
  if (deleted > 0) db.run('INSERT INTO deletions (id, at, rows) VALUES (?, ?, ?)', [undoId, now().toISOString(), JSON.stringify(saved)]);
  return { deleted, undoId: deleted > 0 ? undoId : null };
};

/** Undoes a delete: the customers come back with the same ids, histories, consents and links. */
const restore: EngineHandler<'customers.restore'> = ({ db, now }, { undoId }) => {
  const record = db.get<{ rows: string; undone_at: string }>('SELECT rows, undone_at FROM deletions WHERE id = ?', [undoId]);
  if (!record) throw new RapportFailure('not-found', 'There is nothing to undo for that delete.');
  if (record.undone_at) throw new RapportFailure('conflict', 'That delete was already undone.');
  const saved = JSON.parse(record.rows) as Saved;
  const clash = saved.customers.find((row) => customerExists(db, row.id as string));
  if (clash) throw new RapportFailure('conflict', 'A deleted customer is back already; the delete cannot be undone twice.');
  // customers first without links among themselves, then the links, so the order of rows never matters
  for (const row of saved.customers) insertStoredCustomerRow(db, { ...row, referred_by: null, successor_id: null });
  for (const row of saved.customers) relink(db, row);
  for (const table of OWNED.slice(1)) {
    for (const row of saved[table]) {
      if (table === 'consents') restoreConsent(db, row);
      else insertStoredRow(db, table, row);
    }
  }
  for (const link of saved.links) relink(db, link);
  db.run('UPDATE deletions SET undone_at = ? WHERE id = ?', [now().toISOString(), undoId]);
  return { restored: saved.customers.length };
};

function relink(db: Writer, row: Record<string, SqlParam>): void {
  db.run('UPDATE customers SET referred_by = ?, successor_id = ? WHERE id = ?', [row.referred_by ?? null, row.successor_id ?? null, row.id ?? null]);
}

/** A consents row as the delete kept it. */
function restoreConsent(db: Writer, row: Record<string, SqlParam>): void {
  recordConsent(db, row.customer_id as string, row.channel as ConsentChannel, {
    status: row.status as 'granted' | 'withdrawn',
    at: row.at as string,
    source: row.source as string,
    evidence: row.evidence as string,
  });
}

/** One change to many customers in one transaction: tags, do-not-contact, consent on a channel. */
const bulkUpdate: EngineHandler<'customers.bulkUpdate'> = ({ db, now }, { ids, addTags: added, removeTags: removed, doNotContact, consent }) => {
  const at = now().toISOString();
  let updated = 0;
  for (const id of new Set(ids)) {
    if (!customerExists(db, id)) continue;
    let changes = addTags(db, id, added) + removeTags(db, id, removed);
    if (doNotContact !== undefined) changes += setDoNotContact(db, id, doNotContact);
    if (consent) {
      changes += recordConsent(db, id, consent.channel, { status: consent.status, at, source: 'bulk edit', evidence: consent.evidence }, { onlyIfStatusChanges: true });
    }
    if (changes > 0) {
      touchCustomer(db, id, at);
      updated += 1;
    }
  }
  return { updated };
};

/** Every id the grid's current search and filter show, for "select all". */
const ids: EngineHandler<'customers.ids'> = ({ db }, request) => {
  const query = customerIdsQuery(request, [readProfile(db).language]);
  return db.all<{ id: string }>(query.sql, query.params).map((row) => row.id);
};

export const bulkHandlers = {
  'customers.delete': remove,
  'customers.restore': restore,
  'customers.bulkUpdate': bulkUpdate,
  'customers.ids': ids,
};
