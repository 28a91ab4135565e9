import { describe, expect, it } from 'vitest';
import { WorkspaceDatabase } from '../../../electron/engine/database';
import { migrate } from '../../../electron/engine/migrations';
import { foundation } from '../../../electron/engine/migrations/0001-foundation';
import { customerBook } from '../../../electron/engine/migrations/0002-customer-book';
import { importSpeed } from '../../../electron/engine/migrations/0003-import-speed';
import { importHistory } from '../../../electron/engine/migrations/0006-import-history';
import { testEnv } from '../../support/engine';

describe('migration 0006-import-history', () => {
  it('gives imports their kind, finish time and purchases digest, keeping earlier imports as they were', async () => {
    const db = new WorkspaceDatabase((await testEnv()).SQL);
    migrate(db, [foundation, customerBook, importSpeed]);
    db.run("INSERT INTO imports (id, file_name, at, created) VALUES ('old', 'kunder.csv', '2026-01-05T10:00:00.000Z', 3)");
    migrate(db, [foundation, customerBook, importSpeed, importHistory]);
    const columns = db.all<{ name: string }>('PRAGMA table_info(imports)').map((c) => c.name);
    expect(columns).toEqual(expect.arrayContaining(['kind', 'finished_at', 'purchases_digest']));
    expect(db.get("SELECT file_name, created, kind, finished_at, purchases_digest FROM imports WHERE id = 'old'")).toEqual({
      file_name: 'kunder.csv', created: 3, kind: '', finished_at: '', purchases_digest: '',
    });
    expect(() => db.run("UPDATE imports SET kind = 'spreadsheet' WHERE id = 'old'")).toThrow(/CHECK/);
    expect(db.pragmaNumber('user_version')).toBe(importHistory.version);
  });
});
