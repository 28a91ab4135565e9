import { displayName } from '../../../shared/domain/customer';
import type { ImportHistoryEntry } from '../../../shared/domain/import';
import type { Reader } from '../database';

/**
 * The import history, and when undoing an import is no longer safe. Undo removes the customers an import
 * created (with everything they have) and puts back the fields of those it updated; that is safe only while
 * nobody else has touched them since. It is unsafe when, after the import finished:
 * - a customer it created or updated was edited (its updated_at is later: any edit, bulk edit, consent change
 *   by the customer form, or a later import that updated it), deleted, or merged with another customer;
 * - a customer it created got a purchase, contact or feedback that the import did not bring (undo would
 *   delete it with the customer);
 * - a purchase it booked was changed or deleted (its digest no longer matches).
 * Each reason names the customers concerned, so the user knows what to look at.
 */

interface ImportRecord {
  id: string;
  file_name: string;
  format: string;
  kind: string;
  at: string;
  finished_at: string;
  purchases_digest: string;
  undone_at: string;
  created: number;
  updated: number;
  merged: number;
  skipped: number;
  failed: number;
}

const HISTORY_LIMIT = 200;
/** Names listed in a reason; the rest are counted. */
const NAMES_SHOWN = 3;

/** A digest of the purchases an import booked: it changes when one is edited, moved or deleted. */
export function purchasesDigest(db: Reader, importId: string): string {
  const row = db.get<{ digest: string | null }>(
    `SELECT count(*) || ':' || coalesce(sum(amount_minor), 0) || ':' || coalesce(sum(julianday(date)), 0) || ':' ||
            coalesce(sum(length(product) + 7 * length(category) + 31 * length(channel) + 127 * length(order_ref)), 0) || ':' ||
            coalesce(sum(unicode(product) + unicode(currency) + unicode(substr(currency, 2)) + unicode(substr(currency, 3))), 0) || ':' ||
            coalesce(sum(unicode(customer_id) + unicode(substr(customer_id, -1))), 0) AS digest
       FROM purchases WHERE import_id = ?`,
    [importId],
  );
  return row?.digest ?? '';
}

export function importHistory(db: Reader): ImportHistoryEntry[] {
  const records = db.all<ImportRecord & Record<string, unknown>>('SELECT * FROM imports ORDER BY at DESC, rowid DESC LIMIT ?', [HISTORY_LIMIT]);
  return records.map((record) => {
    // a purchases import touched the customers it booked on (new ones among them); a customers import, those it wrote
    const who =
      record.kind === 'purchases'
        ? "SELECT DISTINCT customer_id AS id FROM purchases WHERE import_id = :import"
        : "SELECT DISTINCT customer_id AS id FROM import_changes WHERE import_id = :import AND action IN ('created', 'updated')";
    const touched = db.get<{ n: number }>(`SELECT count(*) AS n FROM (${who})`, { ':import': record.id })?.n ?? 0;
    const names = db
      .all<{ first_name: string; last_name: string; company: string; email: string }>(
        `SELECT c.first_name, c.last_name, c.company, c.email FROM (${who}) AS t JOIN customers c ON c.id = t.id ORDER BY c.rowid LIMIT :limit`,
        { ':import': record.id, ':limit': NAMES_SHOWN },
      )
      .map((row) => displayName({ firstName: row.first_name, lastName: row.last_name, company: row.company, email: row.email }));
    return {
      id: record.id,
      fileName: record.file_name,
      format: record.format,
      kind: record.kind === 'customers' || record.kind === 'purchases' ? record.kind : '',
      at: record.finished_at || record.at,
      counts: { created: record.created, updated: record.updated, merged: record.merged, skipped: record.skipped, failed: record.failed },
      touched,
      touchedNames: names,
      undoneAt: record.undone_at,
      undoBlockers: record.undone_at ? [] : undoBlockers(db, record),
    };
  });
}

/** Why undoing this import is unsafe now; empty when it is safe. */
export function undoBlockersOf(db: Reader, importId: string): string[] {
  const record = db.get<ImportRecord & Record<string, unknown>>('SELECT * FROM imports WHERE id = ?', [importId]);
  return record && !record.undone_at ? undoBlockers(db, record) : [];
}

function undoBlockers(db: Reader, record: ImportRecord): string[] {
  const since = record.finished_at || record.at;
  const reasons: string[] = [];
  const params = { ':import': record.id, ':since': since };

  const gone = db.all<{ n: number; action: string }>(
    `SELECT count(*) AS n, action FROM import_changes ic WHERE ic.import_id = :import AND ic.action IN ('created', 'updated')
        AND NOT EXISTS (SELECT 1 FROM customers c WHERE c.id = ic.customer_id) GROUP BY action`,
    params,
  );
  for (const { n, action } of gone) {
    reasons.push(`${count(n, 'customer')} it ${action} ${n === 1 ? 'was' : 'were'} deleted or merged into another customer since.`);
  }

  const edited = namesOf(
    db,
    `SELECT DISTINCT c.id, c.first_name, c.last_name, c.company, c.email FROM import_changes ic JOIN customers c ON c.id = ic.customer_id
      WHERE ic.import_id = :import AND ic.action IN ('created', 'updated') AND c.updated_at > :since`,
    params,
  );
  if (edited.total > 0) reasons.push(`${edited.text} ${edited.total === 1 ? 'was' : 'were'} changed after the import; undoing it would undo those changes too.`);

  const merged = namesOf(
    db,
    `SELECT DISTINCT c.id, c.first_name, c.last_name, c.company, c.email FROM import_changes ic
       JOIN merges m ON (m.kept_id = ic.customer_id OR m.merged_id = ic.customer_id) AND m.at > :since AND m.undone_at = ''
       JOIN customers c ON c.id = m.kept_id
      WHERE ic.import_id = :import AND ic.action IN ('created', 'updated')`,
    params,
  );
  if (merged.total > 0) reasons.push(`${merged.text} ${merged.total === 1 ? 'was' : 'were'} merged with another customer after the import (undo the merge first).`);

  const history = namesOf(
    db,
    `SELECT DISTINCT c.id, c.first_name, c.last_name, c.company, c.email FROM import_changes ic JOIN customers c ON c.id = ic.customer_id
      WHERE ic.import_id = :import AND ic.action = 'created' AND (
        EXISTS (SELECT 1 FROM purchases p WHERE p.customer_id = c.id AND p.created_at > :since AND p.import_id <> :import) OR
        EXISTS (SELECT 1 FROM touchpoints t WHERE t.customer_id = c.id AND t.created_at > :since) OR
        EXISTS (SELECT 1 FROM feedback f WHERE f.customer_id = c.id AND f.created_at > :since))`,
    params,
  );
  if (history.total > 0) {
    reasons.push(`${history.text} got purchases, contacts or feedback after the import; undoing it would delete them with ${history.total === 1 ? 'the customer' : 'the customers'}.`);
  }

  if (record.kind === 'purchases' && record.purchases_digest && purchasesDigest(db, record.id) !== record.purchases_digest) {
    reasons.push('A purchase it booked was changed or deleted since.');
  }
  return reasons;
}

/** The first few customers a query finds, by name, and how many it finds in all. */
function namesOf(db: Reader, sql: string, params: Record<string, string>): { text: string; total: number } {
  const rows = db.all<{ first_name: string; last_name: string; company: string; email: string }>(sql, params);
  const shown = rows.slice(0, NAMES_SHOWN).map((row) => displayName({ firstName: row.first_name, lastName: row.last_name, company: row.company, email: row.email }));
  const rest = rows.length - shown.length;
  return { text: rest > 0 ? `${shown.join(', ')} and ${count(rest, 'other customer')}` : joinNames(shown), total: rows.length };
}

function joinNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
}
