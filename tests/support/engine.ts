import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { SqlJsStatic } from 'sql.js';
import { loadSqlJs } from '../../electron/engine/sqlite';
import type { EngineEnv } from '../../electron/engine/workspace';
import type { Profile } from '../../shared/domain/profile';
import type { Writer } from '../../electron/engine/database';

const require = createRequire(import.meta.url);

export function sqlJs(): Promise<SqlJsStatic> {
  return loadSqlJs(require.resolve('sql.js/dist/sql-wasm.wasm'));
}

/** A fixed clock that advances one second per reading, and ids counting up: runs are repeatable. */
export async function testEnv(start = '2026-03-01T09:00:00.000Z', idSeries = 0): Promise<EngineEnv & { logs: string[] }> {
  const SQL = await sqlJs();
  let tick = 0;
  let id = 0;
  const logs: string[] = [];
  return {
    SQL,
    now: () => new Date(Date.parse(start) + 1000 * tick++),
    newId: () => `${String(idSeries).padStart(8, '0')}-0000-4000-8000-${String(++id).padStart(12, '0')}`,
    log: (message) => logs.push(message),
    logs,
  };
}

export function tempDir(prefix = 'rapport-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export const sampleProfile: Profile = {
  name: 'Kaffebrænderiet Nord',
  kind: 'both',
  industry: 'Specialty coffee roaster',
  country: 'DK',
  currency: 'DKK',
  language: 'da',
  grossMarginPercent: 40,
  senderAddress: '',
  signature: '',
  logo: '',
  brandColour: '#1F4E79',
  paperSize: 'A4',
  agencyName: '',
};

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** The sqlite3 command-line tool's verdict on a file: the durability promise is checked with a real SQLite. */
export function sqliteIntegrity(path: string): string {
  return execFileSync('sqlite3', [path, 'PRAGMA integrity_check'], { encoding: 'utf8' }).trim();
}

export function sqliteQuery(path: string, sql: string): string {
  return execFileSync('sqlite3', ['-readonly', path, sql], { encoding: 'utf8' }).trim();
}

/**
 * The business profile as the first schema had it, for migration tests that start from an old version: the
 * store's insertProfile writes today's columns, which an old file does not have.
 */
export function insertProfileAsFirstWritten(db: Writer, profile: Profile, now: Date): void {
  db.run('INSERT INTO business_profile (id, name, kind, industry, country, currency, language, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?)', [
    profile.name, profile.kind, profile.industry, profile.country, profile.currency, profile.language, now.toISOString(),
  ]);
}
