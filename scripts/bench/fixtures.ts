import { spawn } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { SqlJsStatic } from 'sql.js';
import { type Profile, defaultProfile } from '../../shared/domain/profile';
import { backupFolderFor } from '../../electron/engine/persistence/backups';
import type { Writer } from '../../electron/engine/database';
import { safeUnlink, writeFileDurably } from '../../electron/engine/persistence/durable-file';
import { insertProfile } from '../../electron/engine/store/profile';
import { journalPathFor } from '../../electron/engine/persistence/journal';
import { lockPathFor } from '../../electron/engine/persistence/lock';
import { Workspace } from '../../electron/engine/workspace';
import { round } from './measure';

/** Deterministic synthetic workspaces for the benchmark. */

/** mulberry32: a tiny seeded PRNG, returns floats in [0, 1). Same seed, same sequence, on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Anna', 'Jens', 'Marie', 'Lars', 'Eva', 'Petr', 'Jana', 'Tomaž', 'Nina', 'Ole', 'Ingrid', 'Karel', 'Maja', 'Sofie', 'Luka'];
const LAST = ['Hansen', 'Nielsen', 'Novák', 'Svoboda', 'Kovač', 'Horvat', 'Berg', 'Larsen', 'Dvořák', 'Krajnc', 'Olsen', 'Jensen'];
const WORDS = [
  'order', 'delivery', 'invoice', 'loyalty', 'voucher', 'birthday', 'newsletter', 'visit', 'coffee', 'table', 'booking',
  'refund', 'gift', 'card', 'points', 'spring', 'summer', 'campaign', 'prefers', 'email', 'phone', 'called', 'asked',
  'about', 'the', 'new', 'menu', 'and', 'discount', 'for', 'family', 'regular', 'customer', 'since', 'last', 'year',
];

export type BenchRow = [id: number, customer: string, email: string, note: string, amount: number, createdAt: string];

/** One synthetic customer row; everything comes from `random`, so a seed fixes the whole table. */
export function syntheticRow(random: () => number, id: number): BenchRow {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const first = pick(FIRST);
  const last = pick(LAST);
  const words: string[] = [];
  const noteWords = 10 + Math.floor(random() * 50);
  for (let i = 0; i < noteWords; i++) words.push(pick(WORDS));
  const amount = Math.round(random() * 1_000_000) / 100;
  const day = new Date(Date.UTC(2019, 0, 1) + Math.floor(random() * 6 * 365 * 86_400) * 1000);
  const email = `${first}.${last}.${id}@example.com`.toLowerCase().normalize('NFD').replace(/[^\x20-\x7e]/g, '');
  return [id, `${first} ${last}`, email, words.join(' '), amount, day.toISOString()];
}

export const BENCH_TABLE_SQL =
  'CREATE TABLE bench_rows (id INTEGER PRIMARY KEY, customer TEXT, email TEXT, note TEXT, amount REAL, created_at TEXT)';

const ROWS_PER_INSERT = 100;
const BENCH_PROFILE: Profile = { ...defaultProfile('Benchmark Bakery'), kind: 'b2c', industry: 'bakery', country: 'DK', currency: 'DKK', grossMarginPercent: 40 };

/** Fills bench_rows until the database (page_count × page_size) reaches `targetBytes`; returns the row count. */
export function fillBenchRows(db: Writer, targetBytes: number, seed: number): number {
  db.run(BENCH_TABLE_SQL);
  const random = seededRandom(seed);
  const placeholders = Array.from({ length: ROWS_PER_INSERT }, () => '(?, ?, ?, ?, ?, ?)').join(', ');
  const insert = `INSERT INTO bench_rows (id, customer, email, note, amount, created_at) VALUES ${placeholders}`;
  let rows = 0;
  while (databaseBytes(db) < targetBytes) {
    const params: Array<string | number> = [];
    for (let i = 0; i < ROWS_PER_INSERT; i++) params.push(...syntheticRow(random, ++rows));
    db.run(insert, params);
  }
  return rows;
}

function databaseBytes(db: Writer): number {
  const count = db.get<{ page_count: number }>('PRAGMA page_count')?.page_count ?? 0;
  const size = db.get<{ page_size: number }>('PRAGMA page_size')?.page_size ?? 0;
  return count * size;
}

/** Removes a workspace and everything Rapport keeps next to it (journal, lock, backups). */
export function removeWorkspace(path: string): void {
  safeUnlink(path);
  safeUnlink(journalPathFor(path));
  safeUnlink(lockPathFor(path));
  rmSync(backupFolderFor(path), { recursive: true, force: true });
}

export interface FixtureReport {
  path: string;
  target_bytes: number;
  file_bytes: number;
  rows: number;
  seed: number;
  create_ms: number;
  /** Where the time of an open goes, measured step by step on this file in the fixture process. */
  open_steps_ms: OpenSteps;
  fixture_process_peak_rss_mb: number;
}

export interface OpenSteps {
  read_file: number;
  sqljs_deserialize: number;
  sqljs_quick_check: number;
  sqljs_integrity_check: number;
  sqljs_export: number;
  write_file_durably: number;
  backup_copy_fsync: number;
}

/** Creates the workspace in this process through Workspace.create, closes it, and times the steps of an open. */
export function makeFixture(SQL: SqlJsStatic, path: string, targetBytes: number, seed: number): Omit<FixtureReport, 'fixture_process_peak_rss_mb'> {
  removeWorkspace(path);
  const fixed = new Date('2024-01-01T00:00:00Z');
  const env = { SQL, now: () => fixed, newId: () => `bench-${seed}-${targetBytes}`, log: (m: string) => process.stderr.write(`${m}\n`) };
  let rows = 0;
  const start = performance.now();
  const workspace = Workspace.create(path, env, (db) => {
    insertProfile(db, BENCH_PROFILE, fixed);
    rows = fillBenchRows(db, targetBytes, seed);
  });
  workspace.close();
  const createMs = performance.now() - start;
  return {
    path,
    target_bytes: targetBytes,
    file_bytes: statSync(path).size,
    rows,
    seed,
    create_ms: round(createMs, 0),
    open_steps_ms: timeOpenSteps(SQL, path),
  };
}

function timeOpenSteps(SQL: SqlJsStatic, path: string): OpenSteps {
  const lap = (() => {
    let last = performance.now();
    return () => {
      const now = performance.now();
      const ms = now - last;
      last = now;
      return round(ms);
    };
  })();
  const bytes = readFileSync(path);
  const read_file = lap();
  const db = new SQL.Database(bytes);
  const sqljs_deserialize = lap();
  db.exec('PRAGMA quick_check');
  const sqljs_quick_check = lap();
  db.exec('PRAGMA integrity_check');
  const sqljs_integrity_check = lap();
  const exported = db.export();
  const sqljs_export = lap();
  db.close();
  lap();
  const temp = `${path}.bench-write`;
  writeFileDurably(temp, exported);
  const write_file_durably = lap();
  const copy = `${path}.bench-copy`;
  copyFileSync(path, copy);
  const fd = openSync(copy, 'r+');
  fsyncSync(fd);
  closeSync(fd);
  const backup_copy_fsync = lap();
  safeUnlink(temp);
  safeUnlink(copy);
  return { read_file, sqljs_deserialize, sqljs_quick_check, sqljs_integrity_check, sqljs_export, write_file_durably, backup_copy_fsync };
}

/**
 * Makes a fixture in a child process, so the sql.js heap that building it needs (it never shrinks) does not
 * count in the benchmark process's RSS.
 */
export function makeFixtureInChild(path: string, targetBytes: number, seed: number): Promise<FixtureReport> {
  const entry = join(__dirname, 'make-fixture.ts');
  const args = [...process.execArgv, entry, path, String(targetBytes), String(seed)];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0 || !existsSync(path)) return reject(new Error(`fixture process exited with ${code}`));
      try {
        resolve(JSON.parse(out) as FixtureReport);
      } catch (error) {
        reject(new Error(`fixture process printed no report: ${String(error)}\n${out}`));
      }
    });
  });
}
