import { describe, expect, it } from 'vitest';
import { WorkspaceDatabase } from '../../../electron/engine/database';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, migrate } from '../../../electron/engine/migrations';
import { foundation } from '../../../electron/engine/migrations/0001-foundation';
import { sqlJs } from '../../support/engine';

describe('migration 0001-foundation', () => {
  it('creates the engine tables and the business profile, and sets user_version', async () => {
    const db = new WorkspaceDatabase(await sqlJs());
    expect(migrate(db, [foundation])).toEqual({ from: 0, to: 1 });
    const tables = db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").map((row) => row.name);
    expect(tables).toEqual(['business_profile', 'change_log', 'rapport_meta']);
    expect(db.pragmaNumber('user_version')).toBe(1);
  });

  it('keeps the profile to one row with valid values', async () => {
    const db = new WorkspaceDatabase(await sqlJs());
    migrate(db, [foundation]);
    const insert = `INSERT INTO business_profile (id, name, kind, industry, country, currency, language, updated_at) VALUES (?, ?, ?, '', 'DK', 'DKK', 'da', 'now')`;
    db.run(insert, [1, 'A', 'b2b']);
    expect(() => db.run(insert, [2, 'B', 'b2b'])).toThrow(/CHECK/);
    expect(() => db.run('UPDATE business_profile SET kind = ? WHERE id = 1', ['martian'])).toThrow(/CHECK/);
    expect(() => db.run('UPDATE business_profile SET name = ? WHERE id = 1', [''])).toThrow(/CHECK/);
  });
});

describe('migrate', () => {
  it('numbers migrations by their position', () => {
    MIGRATIONS.forEach((migration, index) => expect(migration.version).toBe(index + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('runs nothing when the file is current', async () => {
    const db = new WorkspaceDatabase(await sqlJs());
    migrate(db);
    expect(migrate(db)).toEqual({ from: LATEST_SCHEMA_VERSION, to: LATEST_SCHEMA_VERSION });
  });

  it('rolls every pending step back when one fails', async () => {
    const db = new WorkspaceDatabase(await sqlJs());
    const broken = [
      ...MIGRATIONS,
      { version: MIGRATIONS.length + 1, name: 'good', up: 'CREATE TABLE later_one (id INTEGER PRIMARY KEY);' },
      { version: MIGRATIONS.length + 2, name: 'bad', up: 'CREATE TABLE oops (;' },
    ];
    expect(() => migrate(db, broken)).toThrow();
    expect(db.pragmaNumber('user_version')).toBe(0);
    expect(db.all("SELECT name FROM sqlite_master WHERE type = 'table'")).toEqual([]);
  });
});
