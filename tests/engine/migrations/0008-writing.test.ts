import { describe, expect, it } from 'vitest';
import { WorkspaceDatabase } from '../../../electron/engine/database';
import { MIGRATIONS, migrate } from '../../../electron/engine/migrations';
import { writing } from '../../../electron/engine/migrations/0008-writing';
import { testEnv } from '../../support/engine';

const T = '2026-01-01T00:00:00Z';

async function migratedTo(version: number) {
  const db = new WorkspaceDatabase((await testEnv()).SQL);
  migrate(db, MIGRATIONS.filter((m) => m.version <= version));
  return db;
}

describe('migration 0008-writing', () => {
  it('adds the salutation and the letterhead with their defaults, keeping the customers and the profile', async () => {
    const db = await migratedTo(writing.version - 1);
    expect(db.pragmaNumber('user_version')).toBe(7);
    db.run(`INSERT INTO business_profile (id, name, kind, industry, country, currency, language, updated_at) VALUES (1, 'Nord', 'b2c', 'Coffee', 'DK', 'DKK', 'da', '${T}')`);
    db.run(`INSERT INTO customers (id, created_at, updated_at) VALUES ('c1', '${T}', '${T}')`);
    migrate(db, MIGRATIONS.filter((m) => m.version <= writing.version));
    expect(db.pragmaNumber('user_version')).toBe(8);
    expect(db.get('SELECT id, salutation FROM customers')).toEqual({ id: 'c1', salutation: '' });
    expect(db.get('SELECT name, sender_address, signature, logo, brand_colour, paper_size FROM business_profile')).toEqual({
      name: 'Nord', sender_address: '', signature: '', logo: '', brand_colour: '#1F4E79', paper_size: 'A4',
    });
    const tables = db
      .all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('templates', 'template_versions', 'gifts', 'given_gifts', 'sent_batches') ORDER BY name")
      .map((t) => t.name);
    expect(tables).toEqual(['gifts', 'given_gifts', 'sent_batches', 'template_versions', 'templates']);
  });

  it('refuses a paper size it does not know, negative stock or cost, lists that are not JSON, and one version per language only', async () => {
    const db = await migratedTo(writing.version);
    db.run(`INSERT INTO business_profile (id, name, kind, industry, country, currency, language, updated_at) VALUES (1, 'Nord', 'b2c', '', 'DK', 'DKK', 'da', '${T}')`);
    expect(() => db.run("UPDATE business_profile SET paper_size = 'A5'")).toThrow(/CHECK/);
    expect(() => db.run(`INSERT INTO gifts (id, name, stock, created_at, updated_at) VALUES ('g', 'Mug', -1, '${T}', '${T}')`)).toThrow(/CHECK/);
    expect(() => db.run(`INSERT INTO gifts (id, name, unit_cost_minor, created_at, updated_at) VALUES ('g', 'Mug', -5, '${T}', '${T}')`)).toThrow(/CHECK/);
    expect(() => db.run(`INSERT INTO gifts (id, name, occasions, created_at, updated_at) VALUES ('g', 'Mug', 'birthday', '${T}', '${T}')`)).toThrow(/CHECK/);
    db.run(`INSERT INTO gifts (id, name, stock, created_at, updated_at) VALUES ('g', 'Mug', NULL, '${T}', '${T}')`);
    db.run(`INSERT INTO templates (id, name, kind, created_at, updated_at) VALUES ('t', 'Thanks', 'letter', '${T}', '${T}')`);
    db.run("INSERT INTO template_versions (template_id, language, body) VALUES ('t', 'en', 'Hi')");
    expect(() => db.run("INSERT INTO template_versions (template_id, language, body) VALUES ('t', 'en', 'Again')")).toThrow(/UNIQUE/);
    db.run('PRAGMA foreign_keys = ON');
    db.run(`INSERT INTO customers (id, created_at, updated_at) VALUES ('c1', '${T}', '${T}')`);
    db.run(`INSERT INTO given_gifts (id, customer_id, gift_id, date, created_at) VALUES ('x', 'c1', 'g', '2026-02-01', '${T}')`);
    expect(() => db.run(`INSERT INTO given_gifts (id, customer_id, gift_id, date, created_at) VALUES ('y', 'c1', 'nope', '2026-02-01', '${T}')`)).toThrow(/FOREIGN KEY/);
    db.run("DELETE FROM templates WHERE id = 't'");
    expect(db.get('SELECT count(*) AS n FROM template_versions')).toEqual({ n: 0 });
    db.run("DELETE FROM customers WHERE id = 'c1'");
    expect(db.get('SELECT count(*) AS n FROM given_gifts')).toEqual({ n: 0 });
  });
});
