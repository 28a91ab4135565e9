import { describe, expect, it } from 'vitest';
import { WorkspaceDatabase } from '../../../electron/engine/database';
import { MIGRATIONS, migrate } from '../../../electron/engine/migrations';
import { preferences } from '../../../electron/engine/migrations/0005-preferences';
import { sqlJs } from '../../support/engine';

describe('migration 0005-preferences', () => {
  it('adds a key/value table that holds only short JSON', async () => {
    const db = new WorkspaceDatabase(await sqlJs());
    const upTo = MIGRATIONS.slice(0, MIGRATIONS.indexOf(preferences) + 1);
    expect(migrate(db, upTo)).toEqual({ from: 0, to: preferences.version });
    const insert = 'INSERT INTO preferences (key, value, updated_at) VALUES (?, ?, ?)';
    db.run(insert, ['capture.event', '"Fair"', '2026-03-01T09:00:00.000Z']);
    expect(db.get('SELECT value FROM preferences WHERE key = ?', ['capture.event'])).toEqual({ value: '"Fair"' });
    expect(() => db.run(insert, ['a', 'not json', 'now'])).toThrow(/CHECK/);
    expect(() => db.run(insert, ['b', JSON.stringify('x'.repeat(70_000)), 'now'])).toThrow(/CHECK/);
    expect(() => db.run(insert, ['', '1', 'now'])).toThrow(/CHECK/);
    expect(() => db.run(insert, ['capture.event', '"again"', 'now'])).toThrow(/UNIQUE|PRIMARY/);
    expect(db.pragmaNumber('user_version')).toBe(preferences.version);
  });
});
