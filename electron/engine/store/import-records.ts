import type { ImportCounts } from '../../../shared/domain/import';
import type { Reader, Writer } from '../database';

/**
 * What each import did (tables imports and import_changes), kept for the history and for its undo: the counts,
 * the customers it created, and each customer it updated as they were before.
 */

export function insertImportRecord(
  db: Writer,
  id: string,
  record: { fileName: string; format: string; encoding: string; at: string; counts: ImportCounts },
): void {
  const { counts } = record;
  db.run('INSERT INTO imports (id, file_name, format, encoding, at, created, updated, merged, skipped, failed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', [
    id, record.fileName, record.format, record.encoding, record.at,
    counts.created, counts.updated, counts.merged, counts.skipped, counts.failed,
  ]);
}

/** When the import finished, and the digest of what it booked (store/import-history.ts). */
export function finishImportRecord(db: Writer, id: string, kind: 'customers' | 'purchases', finishedAt: string, purchasesDigest: string): void {
  db.run('UPDATE imports SET kind = ?, finished_at = ?, purchases_digest = ? WHERE id = ?', [kind, finishedAt, purchasesDigest, id]);
}

/** A customer the import updated, as they were before (JSON of the Customer). */
export function recordUpdatedByImport(db: Writer, importId: string, customerId: string, before: string): void {
  db.run("INSERT INTO import_changes (import_id, customer_id, action, before) VALUES (?, ?, 'updated', ?)", [importId, customerId, before]);
}

const CREATED_PER_STATEMENT = 10_000;

/**
 * Records the customers an import created, for its undo: a few statements of many ids each, not one per
 * customer (a tenth of a 100,000-row import's writing). Undo does not depend on their order.
 */
export function recordCreatedByImport(db: Writer, importId: string, ids: readonly string[]): void {
  for (let start = 0; start < ids.length; start += CREATED_PER_STATEMENT) {
    db.run("INSERT INTO import_changes (import_id, customer_id, action) SELECT ?, value, 'created' FROM json_each(?)", [
      importId,
      JSON.stringify(ids.slice(start, start + CREATED_PER_STATEMENT)),
    ]);
  }
}

export function readImportRecord(db: Reader, id: string): { file_name: string; undone_at: string } | undefined {
  return db.get<{ file_name: string; undone_at: string }>('SELECT file_name, undone_at FROM imports WHERE id = ?', [id]);
}

/** What an undo puts back, newest first: customers updated (and, from imports before migration 0003, purchases booked). */
export function importChangesToUndo(db: Reader, importId: string): Array<{ customer_id: string; action: 'updated' | 'purchase'; before: string }> {
  return db.all("SELECT customer_id, action, before FROM import_changes WHERE import_id = ? AND action <> 'created' ORDER BY rowid DESC", [importId]);
}

/** Deletes the customers the import created, in one statement (their purchases, tags and consents go with them). */
export function deleteCustomersCreatedBy(db: Writer, importId: string): number {
  return db.run("DELETE FROM customers WHERE id IN (SELECT customer_id FROM import_changes WHERE import_id = ? AND action = 'created')", [importId]).changes;
}

export function markImportUndone(db: Writer, id: string, at: string): void {
  db.run('UPDATE imports SET undone_at = ? WHERE id = ?', [at, id]);
}

/** An erased person's earlier state leaves the import records. */
export function forgetImportChangesOf(db: Writer, customerId: string): void {
  db.run("UPDATE import_changes SET before = '' WHERE customer_id = ?", [customerId]);
}
