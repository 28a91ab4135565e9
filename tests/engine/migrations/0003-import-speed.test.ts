import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkspaceDatabase } from '../../../electron/engine/database';
import { Engine } from '../../../electron/engine/engine';
import { RAPPORT_APPLICATION_ID } from '../../../electron/engine/persistence/file-check';

import { LATEST_SCHEMA_VERSION, migrate } from '../../../electron/engine/migrations';
import { foundation } from '../../../electron/engine/migrations/0001-foundation';
import { customerBook } from '../../../electron/engine/migrations/0002-customer-book';
import { importSpeed } from '../../../electron/engine/migrations/0003-import-speed';
import { callParsed, trackedEngines } from '../../support/engines';
import { insertProfileAsFirstWritten, sampleProfile, sqliteIntegrity, sqliteQuery, tempDir, testEnv } from '../../support/engine';

const engines = trackedEngines();
const NOW = '2026-03-01T09:00:00.000Z';
const CUSTOMER = '00000000-0000-4000-8000-00000000000a';
const OLD_IMPORT = '00000000-0000-4000-8000-0000000000b1';

/** A version 2 workspace holding one purchases import as version 2 recorded it: a 'purchase' row per purchase. */
async function versionTwoWorkspace(): Promise<string> {
  const env = await testEnv();
  const db = new WorkspaceDatabase(env.SQL);
  db.exec(`PRAGMA application_id = ${RAPPORT_APPLICATION_ID}`);
  migrate(db, [foundation, customerBook]);
  db.run("INSERT INTO rapport_meta (key, value) VALUES ('workspace_id', 'v2-file'), ('journal_seq', '0')");
  insertProfileAsFirstWritten(db, sampleProfile, env.now());
  db.run("INSERT INTO customers (id, first_name, email, email_key, created_at, updated_at) VALUES (?, 'Eva', 'eva@example.dk', 'eva@example.dk', ?, ?)", [CUSTOMER, NOW, NOW]);
  db.run("INSERT INTO imports (id, file_name, at, created) VALUES (?, 'salg.csv', ?, 2)", [OLD_IMPORT, NOW]);
  for (const id of ['p1', 'p2']) {
    db.run("INSERT INTO purchases (id, customer_id, date, amount_minor, currency, created_at) VALUES (?, ?, '2025-03-12', 12950, 'DKK', ?)", [id, CUSTOMER, NOW]);
    db.run("INSERT INTO import_changes (import_id, customer_id, action, before) VALUES (?, ?, 'purchase', ?)", [OLD_IMPORT, CUSTOMER, id]);
  }
  db.run("INSERT INTO purchases (id, customer_id, date, amount_minor, currency, created_at) VALUES ('typed', ?, '2025-04-01', 5000, 'DKK', ?)", [CUSTOMER, NOW]);
  const path = join(tempDir(), 'v2.rapport');
  writeFileSync(path, db.exportBytes());
  return path;
}

describe('migration 0003-import-speed', () => {
  it('marks purchases with their import, drops the unused last-name index, indexes successors', async () => {
    const db = new WorkspaceDatabase((await testEnv()).SQL);
    migrate(db, [foundation, customerBook, importSpeed]);
    const columns = db.all<{ name: string }>('PRAGMA table_info(purchases)').map((c) => c.name);
    expect(columns).toContain('import_id');
    expect(db.get("SELECT 1 FROM sqlite_master WHERE name = 'customers_last_name'")).toBeUndefined();
    // deleting a customer finds those naming it as successor by index, not by reading every customer
    const plan = db.all<{ detail: string }>("EXPLAIN QUERY PLAN SELECT 1 FROM customers WHERE successor_id = 'x'").map((r) => r.detail).join(' ');
    expect(plan).toContain('customers_successor');
    expect(db.pragmaNumber('user_version')).toBe(3);
  });

  it('upgrades a version 2 workspace whose earlier import can still be undone', async () => {
    const path = await versionTwoWorkspace();
    const engine = new Engine(await testEnv(), () => {});
    engines.push(engine);
    await engine.open(path);
    expect(engine.info().schemaVersion).toBe(LATEST_SCHEMA_VERSION);

    callParsed(engine, 'imports.undo', { importId: OLD_IMPORT });
    const purchases = callParsed(engine, 'timeline.list', { customerId: CUSTOMER }).map((item: { id: string }) => item.id);
    expect(purchases).toEqual(['typed']); // the two imported purchases went back, the typed one stayed
    await engine.close();
    expect(sqliteIntegrity(path)).toBe('ok');
    expect(sqliteQuery(path, "SELECT count(*) FROM purchases WHERE import_id = ''")).toBe('1');
  });
});
