import type { WorkspaceDatabase } from '../database';
import { foundation } from './0001-foundation';
import { customerBook } from './0002-customer-book';
import { importSpeed } from './0003-import-speed';
import { exchangeRates } from './0004-exchange-rates';
import { preferences } from './0005-preferences';
import { importHistory } from './0006-import-history';
import { segments } from './0007-segments';
import { writing } from './0008-writing';
import { programs } from './0009-programs';
import type { Migration } from './types';

/** Ordered and statically imported: a file's `user_version` is the number of these it has run. */
export const MIGRATIONS: readonly Migration[] = [foundation, customerBook, importSpeed, exchangeRates, preferences, importHistory, segments, writing, programs];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Runs every pending migration in one transaction; on failure nothing changes. Callers refuse files newer
 * than LATEST_SCHEMA_VERSION before getting here (file-check.ts).
 */
export function migrate(db: WorkspaceDatabase, migrations: readonly Migration[] = MIGRATIONS): { from: number; to: number } {
  const from = db.pragmaNumber('user_version');
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from };
  db.exec('BEGIN');
  try {
    for (const migration of pending) {
      db.exec(migration.up);
      db.exec(`PRAGMA user_version = ${migration.version}`);
    }
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
  return { from, to: pending[pending.length - 1]!.version };
}
