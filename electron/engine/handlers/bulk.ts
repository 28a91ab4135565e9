import { RapportFailure } from '../../../shared/contract/result';
import type { Reader, SqlParam, Writer } from '../database';
import { customerWhere } from './customers';
import { readProfile } from './profile';
import type { EngineHandler } from './types';

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
  for (const id of unique) deleted += db.run('DELETE FROM customers WHERE id = ?', [id]).changes;
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
  const clash = saved.customers.find((row) => db.get('SELECT 1 FROM customers WHERE id = ?', [row.id as string]));
  if (clash) throw new RapportFailure('conflict', 'A deleted customer is back already; the delete cannot be undone twice.');
  // customers first without links among themselves, then the links, so the order of rows never matters
  for (const row of saved.customers) insertRow(db, 'customers', { ...row, referred_by: null, successor_id: null });
  for (const row of saved.customers) {
    db.run('UPDATE customers SET referred_by = ?, successor_id = ? WHERE id = ?', [row.referred_by ?? null, row.successor_id ?? null, row.id ?? null]);
  }
  for (const table of OWNED.slice(1)) for (const row of saved[table]) insertRow(db, table, row);
  for (const link of saved.links) {
    db.run('UPDATE customers SET referred_by = ?, successor_id = ? WHERE id = ?', [link.referred_by ?? null, link.successor_id ?? null, link.id ?? null]);
  }
  db.run('UPDATE deletions SET undone_at = ? WHERE id = ?', [now().toISOString(), undoId]);
  return { restored: saved.customers.length };
};

function insertRow(db: Writer, table: string, row: Record<string, SqlParam>): void {
  const columns = Object.keys(row);
  db.run(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`, columns.map((c) => row[c] ?? null));
}

/** One change to many customers in one transaction: tags, do-not-contact, consent on a channel. */
const bulkUpdate: EngineHandler<'customers.bulkUpdate'> = ({ db, now }, { ids, addTags, removeTags, doNotContact, consent }) => {
  const at = now().toISOString();
  let updated = 0;
  for (const id of new Set(ids)) {
    if (!db.get('SELECT 1 FROM customers WHERE id = ?', [id])) continue;
    let changes = 0;
    for (const tag of addTags) changes += db.run('INSERT OR IGNORE INTO customer_tags (customer_id, tag) VALUES (?, ?)', [id, tag]).changes;
    for (const tag of removeTags) changes += db.run('DELETE FROM customer_tags WHERE customer_id = ? AND tag = ?', [id, tag]).changes;
    if (doNotContact !== undefined) {
      changes += db.run('UPDATE customers SET do_not_contact = ? WHERE id = ? AND do_not_contact <> ?', [doNotContact ? 1 : 0, id, doNotContact ? 1 : 0]).changes;
    }
    if (consent) {
      changes += db.run(
        `INSERT INTO consents (customer_id, channel, status, at, source, evidence) VALUES (?, ?, ?, ?, 'bulk edit', ?)
           ON CONFLICT (customer_id, channel) DO UPDATE SET status = excluded.status, at = excluded.at, source = excluded.source, evidence = excluded.evidence
           WHERE consents.status <> excluded.status`,
        [id, consent.channel, consent.status, at, consent.evidence],
      ).changes;
    }
    if (changes > 0) {
      db.run('UPDATE customers SET updated_at = ? WHERE id = ?', [at, id]);
      updated += 1;
    }
  }
  return { updated };
};

/** Every id the grid's current search and filter show, for "select all". */
const ids: EngineHandler<'customers.ids'> = ({ db }, request) => {
  const { whereSql, params } = customerWhere(request, [readProfile(db).language]);
  return db.all<{ id: string }>(`SELECT c.id FROM customers c ${whereSql}`, params).map((row) => row.id);
};

export const bulkHandlers = {
  'customers.delete': remove,
  'customers.restore': restore,
  'customers.bulkUpdate': bulkUpdate,
  'customers.ids': ids,
};
