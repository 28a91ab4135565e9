import { describe, expect, it } from 'vitest';
import { WorkspaceDatabase } from '../../../electron/engine/database';
import { MIGRATIONS, migrate } from '../../../electron/engine/migrations';
import { segments } from '../../../electron/engine/migrations/0007-segments';
import { testEnv } from '../../support/engine';

describe('migration 0007-segments', () => {
  it('gives the business profile a 40 % gross margin and adds the RFM settings, segments and snapshots, keeping the profile', async () => {
    const db = new WorkspaceDatabase((await testEnv()).SQL);
    const before = MIGRATIONS.filter((m) => m.version < segments.version);
    migrate(db, before);
    expect(db.pragmaNumber('user_version')).toBe(6);
    db.run("INSERT INTO business_profile (id, name, kind, industry, country, currency, language, updated_at) VALUES (1, 'Nord', 'b2c', 'Coffee', 'DK', 'DKK', 'da', '2026-01-01T00:00:00Z')");
    db.run("INSERT INTO customers (id, created_at, updated_at) VALUES ('c1', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
    migrate(db, MIGRATIONS.filter((m) => m.version <= segments.version));
    expect(db.pragmaNumber('user_version')).toBe(7);
    expect(db.get('SELECT name, kind, currency, gross_margin_percent FROM business_profile WHERE id = 1')).toEqual({ name: 'Nord', kind: 'b2c', currency: 'DKK', gross_margin_percent: 40 });
    expect(db.get('SELECT count(*) AS n FROM customers')).toEqual({ n: 1 });
    const tables = db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('rfm_settings', 'segments', 'segment_snapshots') ORDER BY name").map((t) => t.name);
    expect(tables).toEqual(['rfm_settings', 'segment_snapshots', 'segments']);
  });

  it('refuses a margin outside 0–100, a second settings row and rules that are not JSON', async () => {
    const db = new WorkspaceDatabase((await testEnv()).SQL);
    migrate(db, MIGRATIONS.filter((m) => m.version <= segments.version));
    db.run("INSERT INTO business_profile (id, name, kind, industry, country, currency, language, updated_at) VALUES (1, 'Nord', 'b2c', '', 'DK', 'DKK', 'da', '2026-01-01T00:00:00Z')");
    expect(() => db.run('UPDATE business_profile SET gross_margin_percent = 101')).toThrow(/CHECK/);
    expect(() => db.run('UPDATE business_profile SET gross_margin_percent = -1')).toThrow(/CHECK/);
    db.run("INSERT INTO rfm_settings (id, thresholds, updated_at) VALUES (1, '{}', 'x')");
    expect(() => db.run("INSERT INTO rfm_settings (id, thresholds, updated_at) VALUES (2, '{}', 'x')")).toThrow(/CHECK/);
    expect(() => db.run("INSERT INTO segments (id, name, colour, rules, created_at, updated_at) VALUES ('s', 'A', 'blue', 'not json', 'x', 'x')")).toThrow(/CHECK/);
    db.run("INSERT INTO segments (id, name, colour, rules, created_at, updated_at) VALUES ('s', 'A', 'blue', '{}', 'x', 'x')");
    db.run("INSERT INTO segment_snapshots (id, segment_id, frozen_at, member_count, members) VALUES ('f', 's', 'x', 0, '[]')");
    db.run('PRAGMA foreign_keys = ON');
    db.run("DELETE FROM segments WHERE id = 's'");
    expect(db.get('SELECT count(*) AS n FROM segment_snapshots')).toEqual({ n: 0 });
  });
});
