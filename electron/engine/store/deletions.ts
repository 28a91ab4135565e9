import type { ConsentMedium } from '../../../shared/domain/customer';
import type { Reader, SqlParam, Writer } from '../database';
import { recordConsent } from './consents';
import { insertStoredCustomerRow, insertStoredRow } from './customers';

/**
 * Deleted customers kept for their undo (table deletions): every row of theirs, exactly as stored, and the
 * links other customers had to them, so that an undo puts everything back with the same ids.
 */

/** Tables whose rows belong to a customer, restored with it when a delete is undone. */
const OWNED = ['customers', 'customer_tags', 'consents', 'purchases', 'touchpoints', 'feedback'] as const;
export type KeptCustomers = Record<(typeof OWNED)[number] | 'links', Array<Record<string, SqlParam>>>;

function rowsOf(db: Reader, table: string, column: string, ids: readonly string[]): Array<Record<string, SqlParam>> {
  return db.all(`SELECT * FROM ${table} WHERE ${column} IN (SELECT value FROM json_each(?))`, [JSON.stringify(ids)]);
}

/** Everything stored about these customers (read before they are deleted). */
export function keepCustomers(db: Reader, ids: readonly string[]): KeptCustomers {
  return {
    customers: rowsOf(db, 'customers', 'id', ids),
    customer_tags: rowsOf(db, 'customer_tags', 'customer_id', ids),
    consents: rowsOf(db, 'consents', 'customer_id', ids),
    purchases: rowsOf(db, 'purchases', 'customer_id', ids),
    touchpoints: rowsOf(db, 'touchpoints', 'customer_id', ids),
    feedback: rowsOf(db, 'feedback', 'customer_id', ids),
    // other customers pointing at the deleted ones (referred by, successor): their links come back too
    links: db.all(
      `SELECT id, referred_by, successor_id FROM customers WHERE (referred_by IN (SELECT value FROM json_each(?1)) OR successor_id IN (SELECT value FROM json_each(?1)))
         AND id NOT IN (SELECT value FROM json_each(?1))`,
      [JSON.stringify(ids)],
    ),
  };
}

/** Puts kept customers back: customers first without links among themselves, then the links, so the order of rows never matters. */
export function putBackCustomers(db: Writer, kept: KeptCustomers): void {
  for (const row of kept.customers) insertStoredCustomerRow(db, { ...row, referred_by: null, successor_id: null });
  for (const row of kept.customers) relink(db, row);
  for (const table of OWNED.slice(1)) {
    for (const row of kept[table]) {
      if (table === 'consents') putBackConsent(db, row);
      else insertStoredRow(db, table, row);
    }
  }
  for (const link of kept.links) relink(db, link);
}

function relink(db: Writer, row: Record<string, SqlParam>): void {
  db.run('UPDATE customers SET referred_by = ?, successor_id = ? WHERE id = ?', [row.referred_by ?? null, row.successor_id ?? null, row.id ?? null]);
}

/** A consents row as the delete kept it. */
function putBackConsent(db: Writer, row: Record<string, SqlParam>): void {
  recordConsent(db, row.customer_id as string, row.channel as ConsentMedium, {
    status: row.status as 'granted' | 'withdrawn',
    at: row.at as string,
    source: row.source as string,
    evidence: row.evidence as string,
  });
}

export function insertDeletion(db: Writer, id: string, at: string, kept: KeptCustomers): void {
  db.run('INSERT INTO deletions (id, at, rows) VALUES (?, ?, ?)', [id, at, JSON.stringify(kept)]);
}

export function readDeletion(db: Reader, id: string): { kept: KeptCustomers; undoneAt: string } | undefined {
  const record = db.get<{ rows: string; undone_at: string }>('SELECT rows, undone_at FROM deletions WHERE id = ?', [id]);
  return record && { kept: JSON.parse(record.rows) as KeptCustomers, undoneAt: record.undone_at };
}

export function markDeletionUndone(db: Writer, id: string, at: string): void {
  db.run('UPDATE deletions SET undone_at = ? WHERE id = ?', [at, id]);
}
