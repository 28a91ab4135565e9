import { describe, expect, it } from 'vitest';
import { WorkspaceDatabase } from '../../../electron/engine/database';
import { MIGRATIONS, migrate } from '../../../electron/engine/migrations';
import { programs } from '../../../electron/engine/migrations/0009-programs';
import { testEnv } from '../../support/engine';

const T = '2026-01-01T00:00:00Z';

async function migratedTo(version: number) {
  const db = new WorkspaceDatabase((await testEnv()).SQL);
  migrate(db, MIGRATIONS.filter((m) => m.version <= version));
  return db;
}

describe('migration 0009-programs', () => {
  it('adds the agency name with its default and the program tables, keeping the profile', async () => {
    const db = await migratedTo(programs.version - 1);
    db.run(`INSERT INTO business_profile (id, name, kind, industry, country, currency, language, updated_at) VALUES (1, 'Nord', 'b2c', 'Coffee', 'DK', 'DKK', 'da', '${T}')`);
    migrate(db, MIGRATIONS.filter((m) => m.version <= programs.version));
    expect(db.pragmaNumber('user_version')).toBe(9);
    expect(db.get('SELECT name, agency_name FROM business_profile')).toEqual({ name: 'Nord', agency_name: '' });
    const tables = db
      .all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('programs', 'campaigns', 'touches', 'contact_policy') ORDER BY name")
      .map((t) => t.name);
    expect(tables).toEqual(['campaigns', 'contact_policy', 'programs', 'touches']);
  });

  it('refuses an unknown status, rules that are not JSON, a second policy row, and a touch of a plan or customer that does not exist', async () => {
    const db = await migratedTo(programs.version);
    const program = (status: string, rules: string) =>
      db.run(`INSERT INTO programs (id, name, type, status, rules, created_at, updated_at) VALUES ('p', 'Card', 'stampCard', '${status}', '${rules}', '${T}', '${T}')`);
    expect(() => program('paused', '{}')).toThrow(/CHECK/);
    expect(() => program('draft', 'stamps')).toThrow(/CHECK/);
    program('draft', '{"type":"stampCard"}');
    db.run("INSERT INTO contact_policy (id, policy) VALUES (1, '{}')");
    expect(() => db.run("INSERT INTO contact_policy (id, policy) VALUES (2, '{}')")).toThrow(/CHECK/);
    db.run(`INSERT INTO campaigns (id, name, status, start_date, end_date, created_at, updated_at) VALUES ('k', 'Thanks', 'draft', '2026-01-01', '2026-12-31', '${T}', '${T}')`);
    db.run(`INSERT INTO customers (id, created_at, updated_at) VALUES ('c1', '${T}', '${T}')`);
    const touch = (campaign: string, customer: string, status = 'planned') =>
      db.run(`INSERT INTO touches (id, campaign_id, step_id, customer_id, channel, trigger_date, date, status) VALUES ('${campaign}${customer}${status}', '${campaign}', 's', '${customer}', 'letter', '2026-02-01', '2026-02-02', '${status}')`);
    expect(() => touch('nope', 'c1')).toThrow(/FOREIGN KEY/);
    expect(() => touch('k', 'nobody')).toThrow(/FOREIGN KEY/);
    expect(() => touch('k', 'c1', 'sent')).toThrow(/CHECK/);
    touch('k', 'c1');
    db.run("DELETE FROM customers WHERE id = 'c1'");
    expect(db.get('SELECT count(*) AS n FROM touches')).toEqual({ n: 0 });
  });
});
