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
import { exchangeRates } from '../../../electron/engine/migrations/0004-exchange-rates';
import { callParsed, trackedEngines } from '../../support/engines';
import { insertProfileAsFirstWritten, sampleProfile, sqliteIntegrity, sqliteQuery, tempDir, testEnv } from '../../support/engine';

const engines = trackedEngines();
const NOW = '2026-03-01T09:00:00.000Z';
const CUSTOMER = '00000000-0000-4000-8000-00000000000a';

/** A version 3 workspace (before exchange rates) whose Danish business sold in DKK and CZK. */
async function versionThreeWorkspace(): Promise<string> {
  const env = await testEnv();
  const db = new WorkspaceDatabase(env.SQL);
  db.exec(`PRAGMA application_id = ${RAPPORT_APPLICATION_ID}`);
  migrate(db, [foundation, customerBook, importSpeed]);
  db.run("INSERT INTO rapport_meta (key, value) VALUES ('workspace_id', 'v3-file'), ('journal_seq', '0')");
  insertProfileAsFirstWritten(db, sampleProfile, env.now());
  db.run("INSERT INTO customers (id, company, kind, created_at, updated_at) VALUES (?, 'Kavárna Praha', 'company', ?, ?)", [CUSTOMER, NOW, NOW]);
  db.run("INSERT INTO purchases (id, customer_id, date, amount_minor, currency, created_at) VALUES ('p1', ?, '2025-03-12', 100000, 'DKK', ?)", [CUSTOMER, NOW]);
  db.run("INSERT INTO purchases (id, customer_id, date, amount_minor, currency, created_at) VALUES ('p2', ?, '2025-04-01', 4500000, 'CZK', ?)", [CUSTOMER, NOW]);
  // what version 3 called the total: DKK and CZK added as they are
  expect(db.get<{ total_minor: number }>('SELECT total_minor FROM customer_facts')?.total_minor).toBe(4_600_000);
  const path = join(tempDir(), 'v3.rapport');
  writeFileSync(path, db.exportBytes());
  return path;
}

describe('migration 0004-exchange-rates', () => {
  it('seeds dated rates against the euro and converts the facts through them', async () => {
    const db = new WorkspaceDatabase((await testEnv()).SQL);
    migrate(db, [foundation, customerBook, importSpeed, exchangeRates]);
    expect(db.pragmaNumber('user_version')).toBe(4);
    const rates = db.all<{ currency: string; per_eur: string; as_of: string }>('SELECT * FROM exchange_rates');
    expect(rates.map((r) => r.currency)).toEqual(expect.arrayContaining(['EUR', 'DKK', 'NOK', 'SEK', 'CZK', 'GBP', 'USD', 'CHF', 'PLN']));
    expect(rates.find((r) => r.currency === 'EUR')?.per_eur).toBe('1');
    expect(new Set(rates.map((r) => r.as_of))).toEqual(new Set(['2025-01-02']));
    // the table refuses what is not a positive decimal or a currency code
    expect(() => db.run("INSERT INTO exchange_rates VALUES ('THB', '-1', '2025-01-02')")).toThrow();
    expect(() => db.run("INSERT INTO exchange_rates VALUES ('THB', '1e3', '2025-01-02')")).toThrow();
    expect(() => db.run("INSERT INTO exchange_rates VALUES ('th', '1', '2025-01-02')")).toThrow();
    // the facts of every customer read the purchases index only, currency included
    const plan = db.all<{ detail: string }>('EXPLAIN QUERY PLAN SELECT * FROM customer_facts').map((r) => r.detail).join(' ');
    expect(plan).toContain('COVERING INDEX purchases_customer_date');
  });

  it('upgrades a version 3 workspace: its mixed-currency total is converted, not added as it was', async () => {
    const path = await versionThreeWorkspace();
    const engine = new Engine(await testEnv(), () => {});
    engines.push(engine);
    await engine.open(path);
    expect(engine.info().schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    const facts = callParsed(engine, 'customers.get', { id: CUSTOMER }).facts;
    expect(facts.totalMinor).toBe(100_000 + Math.round((4_500_000 * 7.4584) / 25.192));
    expect(facts.purchaseCount).toBe(2);
    await engine.close();
    expect(sqliteIntegrity(path)).toBe('ok');
    // the views work for anyone reading the file with the sqlite3 tool
    expect(sqliteQuery(path, 'SELECT total_minor FROM customer_facts')).toBe(String(facts.totalMinor));
  });
});
