import type { Reader, Writer } from '../database';

/** Merge records (table merges): what a merge changed, kept so that it can be undone. */

export interface MergeRecord {
  kept_id: string;
  merged_id: string;
  /** JSON: the kept customer before the merge. */
  kept_before: string;
  /** JSON: the merged customer's row, tags and consents. */
  merged_row: string;
  /** JSON: the ids of the rows moved to the kept customer, per table and link. */
  moved: string;
  undone_at: string;
}

export function insertMerge(db: Writer, id: string, at: string, record: Omit<MergeRecord, 'undone_at'>): void {
  db.run('INSERT INTO merges (id, at, kept_id, merged_id, kept_before, merged_row, moved) VALUES (?, ?, ?, ?, ?, ?, ?)', [
    id, at, record.kept_id, record.merged_id, record.kept_before, record.merged_row, record.moved,
  ]);
}

export function readMerge(db: Reader, id: string): MergeRecord | undefined {
  return db.get<MergeRecord>('SELECT * FROM merges WHERE id = ?', [id]);
}

export function markMergeUndone(db: Writer, id: string, at: string): void {
  db.run('UPDATE merges SET undone_at = ? WHERE id = ?', [at, id]);
}

/** An erased person's data leaves the merge records too; such a merge can no longer be undone. */
export function forgetMergesOf(db: Writer, customerId: string): void {
  db.run("UPDATE merges SET merged_row = '{}', kept_before = '{}', undone_at = 'erased' WHERE kept_id = ? OR merged_id = ?", [customerId, customerId]);
}
