import { spawnSync } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { median, round } from './measure';

/** The sqlite3 command-line tool as a yardstick: what plain SQLite needs to open the same file and check it. */

export const SQLITE3 = process.env.SQLITE3_PATH ?? '/usr/bin/sqlite3';

export function sqlite3Version(): string | null {
  const result = spawnSync(SQLITE3, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim().split(' ').slice(0, 2).join(' ') : null;
}

/** Wall time of `sqlite3 FILE 'PRAGMA <check>'` (process start included), `runs` times; fails unless it says ok. */
export function timeSqliteCheck(path: string, check: 'integrity_check' | 'quick_check', runs = 3): { median_ms: number; runs_ms: number[] } {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    // -readonly: the reference must never touch the workspace
    const result = spawnSync(SQLITE3, ['-readonly', path, `PRAGMA ${check}`], { encoding: 'utf8' });
    const ms = performance.now() - start;
    if (result.status !== 0 || result.stdout.trim() !== 'ok') {
      throw new Error(`sqlite3 ${check} on ${path} failed (${result.status}): ${result.stdout}${result.stderr}`);
    }
    times.push(ms);
  }
  return { median_ms: round(median(times)), runs_ms: times.map((t) => round(t)) };
}

/**
 * Wall time of the sqlite3 tool importing a CSV file into a fresh database (process start included):
 * `.import --csv CSV TABLE` creates the table from the header line and inserts every row in one transaction.
 * `runs` times, each into a new file; fails unless the table then holds `expectedRows`.
 */
export function timeSqliteImport(
  csvPath: string,
  databasePath: string,
  expectedRows: number,
  runs = 3,
  table = 'customers',
): { median_ms: number; runs_ms: number[]; file_bytes: number } {
  const times: number[] = [];
  let fileBytes = 0;
  for (let i = 0; i < runs; i++) {
    rmSync(databasePath, { force: true });
    rmSync(`${databasePath}-journal`, { force: true });
    const start = performance.now();
    const result = spawnSync(SQLITE3, [databasePath], { input: `.import --csv '${csvPath.replace(/'/g, "''")}' ${table}\n`, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const ms = performance.now() - start;
    if (result.status !== 0 || result.stderr.trim() !== '') throw new Error(`sqlite3 .import of ${csvPath} failed (${result.status}): ${result.stderr}`);
    const count = spawnSync(SQLITE3, ['-readonly', databasePath, `SELECT count(*) FROM ${table}`], { encoding: 'utf8' });
    if (Number(count.stdout.trim()) !== expectedRows) throw new Error(`sqlite3 imported ${count.stdout.trim()} rows, expected ${expectedRows}: ${count.stderr}`);
    fileBytes = statSync(databasePath).size;
    times.push(ms);
  }
  rmSync(databasePath, { force: true });
  return { median_ms: round(median(times)), runs_ms: times.map((t) => round(t)), file_bytes: fileBytes };
}
