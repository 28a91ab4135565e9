import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../../electron/engine/persistence/backups';
import { WorkspaceDatabase } from '../../../electron/engine/database';
import { RAPPORT_APPLICATION_ID } from '../../../electron/engine/persistence/file-check';
import { readProfile } from '../../../electron/engine/store/profile';
import { LATEST_SCHEMA_VERSION, migrate } from '../../../electron/engine/migrations';
import { foundation } from '../../../electron/engine/migrations/0001-foundation';
import { customerBook } from '../../../electron/engine/migrations/0002-customer-book';
import { Workspace } from '../../../electron/engine/workspace';
import { insertProfileAsFirstWritten, sampleProfile, sqlJs, sqliteIntegrity, sqliteQuery, tempDir, testEnv } from '../../support/engine';

async function customerDb() {
  const db = new WorkspaceDatabase(await sqlJs());
  migrate(db, [foundation, customerBook]);
  return db;
}

const NOW = '2026-03-01T09:00:00.000Z';
function addCustomer(db: WorkspaceDatabase, id: string, extra: Record<string, string> = {}) {
  const columns = ['id', 'created_at', 'updated_at', ...Object.keys(extra)];
  db.run(`INSERT INTO customers (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`, [id, NOW, NOW, ...Object.values(extra)]);
}

describe('migration 0002-customer-book', () => {
  it('creates the customer book tables and the derived facts view', async () => {
    const db = await customerDb();
    const names = db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name").map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['customers', 'customer_tags', 'consents', 'purchases', 'touchpoints', 'feedback', 'erased_customers', 'customer_facts']));
    expect(db.pragmaNumber('user_version')).toBe(2);
  });

  it('derives purchase facts and referrals in SQL', async () => {
    const db = await customerDb();
    addCustomer(db, 'a');
    addCustomer(db, 'b', { referred_by: 'a' });
    addCustomer(db, 'c', { referred_by: 'a' });
    for (const [id, date, amount] of [['p1', '2025-01-10', 12_000], ['p2', '2025-06-01', 8_000], ['p3', '2025-03-15', 10_000]] as const) {
      db.run("INSERT INTO purchases (id, customer_id, date, amount_minor, currency, created_at) VALUES (?, 'a', ?, ?, 'DKK', ?)", [id, date, amount, NOW]);
    }
    expect(db.get("SELECT * FROM customer_facts WHERE customer_id = 'a'")).toEqual({
      customer_id: 'a', first_purchase: '2025-01-10', last_purchase: '2025-06-01', purchase_count: 3,
      total_minor: 30_000, average_minor: 10_000, referred_count: 2,
    });
    expect(db.get("SELECT purchase_count, total_minor, average_minor FROM customer_facts WHERE customer_id = 'b'")).toEqual({
      purchase_count: 0, total_minor: 0, average_minor: null,
    });
  });

  it('keeps histories with their customer: deleting a customer deletes them, and unlinks referrals', async () => {
    const db = await customerDb();
    addCustomer(db, 'a');
    addCustomer(db, 'b', { referred_by: 'a' });
    db.run("INSERT INTO touchpoints (id, customer_id, date, channel, department, direction, created_at) VALUES ('t', 'a', '2025-01-01', 'visit', 'sales', 'outbound', ?)", [NOW]);
    db.run("INSERT INTO consents (customer_id, channel, status, at) VALUES ('a', 'email', 'granted', ?)", [NOW]);
    db.run("DELETE FROM customers WHERE id = 'a'");
    expect(db.get('SELECT count(*) AS n FROM touchpoints')).toEqual({ n: 0 });
    expect(db.get('SELECT count(*) AS n FROM consents')).toEqual({ n: 0 });
    expect(db.get("SELECT referred_by FROM customers WHERE id = 'b'")).toEqual({ referred_by: null });
  });

  it('refuses values outside the vocabulary', async () => {
    const db = await customerDb();
    addCustomer(db, 'a');
    expect(() => addCustomer(db, 'x', { kind: 'robot' })).toThrow(/CHECK/);
    expect(() => addCustomer(db, 'y', { birthday: '12.03.1980' })).toThrow(/CHECK/);
    addCustomer(db, 'z', { birthday: '--03-12' }); // a birthday without a year
    expect(() =>
      db.run("INSERT INTO feedback (id, customer_id, date, nps, created_at) VALUES ('f', 'a', '2025-01-01', 11, ?)", [NOW]),
    ).toThrow(/CHECK/);
    expect(() =>
      db.run("INSERT INTO purchases (id, customer_id, date, amount_minor, currency, created_at) VALUES ('p', 'nobody', '2025-01-01', 1, 'DKK', ?)", [NOW]),
    ).toThrow(/FOREIGN KEY/);
  });

  it('upgrades a version 1 workspace on open, after backing it up, keeping its profile', async () => {
    const env = await testEnv();
    const db = new WorkspaceDatabase(env.SQL);
    db.exec(`PRAGMA application_id = ${RAPPORT_APPLICATION_ID}`);
    migrate(db, [foundation]);
    db.run("INSERT INTO rapport_meta (key, value) VALUES ('workspace_id', 'v1-file'), ('journal_seq', '0')");
    insertProfileAsFirstWritten(db, sampleProfile, env.now());
    const path = join(tempDir(), 'old.rapport');
    writeFileSync(path, db.exportBytes());

    const workspace = Workspace.open(path, env);
    expect(workspace.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(workspace.read(readProfile)).toEqual(sampleProfile);
    workspace.close();
    expect(sqliteIntegrity(path)).toBe('ok');
    expect(sqliteQuery(path, 'PRAGMA user_version')).toBe(String(LATEST_SCHEMA_VERSION));
    const backups = listBackups(path);
    expect(backups.map((b) => b.path).some((p) => p.endsWith(`-before-v${LATEST_SCHEMA_VERSION}.rapport`))).toBe(true);
    expect(sqliteQuery(backups[0]!.path, 'PRAGMA user_version')).toBe('1');
  });
});
