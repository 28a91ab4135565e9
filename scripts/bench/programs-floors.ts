import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Database, SqlJsStatic } from 'sql.js';
import type { PlacedTouch } from '../../shared/logic/schedule';
import { loadSqlJs } from '../../electron/engine/sqlite';
import { round } from './measure';
import { SQLITE3 } from './sqlite-reference';

/**
 * The floors under the programs bench, measured on the same workspace file in the same run with the same sql.js
 * build, without Rapport: plain statements on a plain sql.js database (no journal, no contract, no worker).
 * - a grouped scan: the purchases of the year grouped per customer and currency, the one pass any figure over
 *   the purchase history needs (economics makes one such pass; the proposal several). Also timed with the sqlite3
 *   tool (process start included) to show how far sql.js itself is from native SQLite.
 * - the schedule's read: customers with their birthday and customer-since day, and each customer's first and
 *   last purchase, the least a scheduler must know.
 * - the schedule's write: the same placed touches inserted in key order, 400 rows per prepared statement, in one
 *   transaction into the touches table emptied first (as the first schedule finds it), then the database
 *   exported: what saving them costs in sql.js before Rapport's journal, snapshot and foreign-key checks.
 * - the proposal's passes: the grouped scan, revenue by month, the per-customer totals RFM ranks, the touches read.
 */

const YEAR_GROUP = (from: string, to: string) =>
  `SELECT customer_id, currency, count(*) AS n, sum(amount_minor) AS total, max(date) AS last_date
     FROM purchases WHERE date > '${from}' AND date <= '${to}' GROUP BY customer_id, currency`;

function timed<T>(work: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = work();
  return { ms: performance.now() - start, value };
}

function rows(db: Database, sql: string): number {
  const statement = db.prepare(sql);
  let n = 0;
  while (statement.step()) {
    statement.get();
    n++;
  }
  statement.free();
  return n;
}

/** Rows per INSERT: many rows per statement bind faster in sql.js than one statement per row. */
const ROWS_PER_INSERT = 400;

function writeTouches(db: Database, placed: readonly PlacedTouch[]): void {
  const insertOf = (n: number) =>
    db.prepare(`INSERT INTO touches (id, campaign_id, step_id, customer_id, channel, trigger_date, date, status, cost_minor) VALUES ${Array(n).fill("(?, ?, ?, ?, ?, ?, ?, 'planned', 0)").join(', ')}`);
  const ordered = [...placed].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  db.exec('BEGIN');
  const full = insertOf(ROWS_PER_INSERT);
  for (let i = 0; i < ordered.length; i += ROWS_PER_INSERT) {
    const rows = ordered.slice(i, i + ROWS_PER_INSERT);
    const values = rows.flatMap((t) => [t.id, t.campaignId, t.stepId, t.customerId, t.channel, t.triggerDate, t.date]);
    if (rows.length === ROWS_PER_INSERT) full.run(values);
    else {
      const last = insertOf(rows.length);
      last.run(values);
      last.free();
    }
  }
  full.free();
  db.exec('COMMIT');
  db.export();
}

export interface ProgramsFloors {
  grouped_scan_sqljs_ms: number;
  grouped_scan_sqlite3_ms: number | null;
  grouped_rows: number;
  schedule_read_sqljs_ms: number;
  schedule_write_sqljs_ms: number;
  schedule_floor_ms: number;
  proposal_passes_sqljs_ms: number;
}

export async function measureProgramsFloors(wasmPath: string, workspacePath: string, asOf: string, yearFrom: string, placed: readonly PlacedTouch[]): Promise<ProgramsFloors> {
  const SQL: SqlJsStatic = await loadSqlJs(wasmPath);
  const db = new SQL.Database(readFileSync(workspacePath));
  // the engine's own settings (database.ts): no rollback journal on disk, a 128 MB page cache
  db.exec('PRAGMA journal_mode = MEMORY; PRAGMA temp_store = MEMORY; PRAGMA locking_mode = EXCLUSIVE; PRAGMA cache_size = -131072;');
  try {
    const scan = timed(() => rows(db, YEAR_GROUP(yearFrom, asOf)));
    const read = timed(() =>
      rows(db, 'SELECT id, birthday, customer_since, do_not_contact FROM customers') +
      rows(db, `SELECT customer_id, min(date), max(date) FROM purchases WHERE date <= '${asOf}' GROUP BY customer_id`),
    );
    const passes = timed(() =>
      rows(db, YEAR_GROUP(yearFrom, asOf)) +
      rows(db, `SELECT substr(date, 1, 7) AS month, currency, sum(amount_minor) FROM purchases WHERE date <= '${asOf}' GROUP BY month, currency`) +
      rows(db, `SELECT customer_id, currency, min(date), max(date), count(*), sum(amount_minor) FROM purchases WHERE date <= '${asOf}' GROUP BY customer_id, currency`) +
      rows(db, "SELECT campaign_id, step_id, date, cost_minor FROM touches NOT INDEXED WHERE status <> 'skipped'"),
    );
    // as the bench's first schedule finds it: no touches yet (the engine's run has written them to this file)
    db.exec('DELETE FROM touches');
    const write = timed(() => writeTouches(db, placed));
    const start = performance.now();
    const native = spawnSync(SQLITE3, ['-readonly', workspacePath, `SELECT count(*) FROM (${YEAR_GROUP(yearFrom, asOf)})`], { encoding: 'utf8' });
    const nativeMs = performance.now() - start;
    const nativeOk = native.status === 0 && Number(native.stdout.trim()) === scan.value;
    return {
      grouped_scan_sqljs_ms: round(scan.ms),
      grouped_scan_sqlite3_ms: nativeOk ? round(nativeMs) : null,
      grouped_rows: scan.value,
      schedule_read_sqljs_ms: round(read.ms),
      schedule_write_sqljs_ms: round(write.ms),
      schedule_floor_ms: round(read.ms + write.ms),
      proposal_passes_sqljs_ms: round(passes.ms),
    };
  } finally {
    db.close();
  }
}
