import type { SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { type Reader, WorkspaceDatabase, type Writer } from '../../electron/engine/database';
import { foldText } from '../../shared/logic/match-keys';
import { sqlJs } from '../support/engine';

/**
 * What database.ts promises the rest of the engine: rows as plain objects, positional and named parameters,
 * statements cached by their SQL yet always bound afresh, the connection's pragmas and `fold()` still in place
 * after an export (older sql.js reopened the database there; 1.16 exports through SQLite's backup API, and the
 * promise holds either way), and SQLite's errors passed on without breaking the statement for the next call.
 */
let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await sqlJs();
});

function withPeople(): WorkspaceDatabase {
  const db = new WorkspaceDatabase(SQL);
  db.exec(`
    CREATE TABLE towns (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
    CREATE TABLE people (id TEXT PRIMARY KEY, name TEXT NOT NULL, town_id INTEGER REFERENCES towns(id), photo BLOB);
    INSERT INTO towns (id, name) VALUES (1, 'Aarhus'), (2, 'Øster Hurup');
  `);
  return db;
}

describe('Reader and Writer', () => {
  it('give read-only handlers no way to run a statement (the type has no run)', () => {
    expectTypeOf<Reader>().not.toHaveProperty('run');
    expectTypeOf<Writer>().toHaveProperty('run');
    expectTypeOf<WorkspaceDatabase>().toMatchTypeOf<Writer>();
    // a Reader handed the database still reads
    const reader: Reader = withPeople();
    expect(reader.all<{ name: string }>('SELECT name FROM towns ORDER BY id').map((row) => row.name)).toEqual(['Aarhus', 'Øster Hurup']);
  });
});

describe('reading', () => {
  it('all() returns every row as an object keyed by column name, in order; none gives an empty list', () => {
    const db = withPeople();
    expect(db.all('SELECT id, name FROM towns ORDER BY id')).toEqual([
      { id: 1, name: 'Aarhus' },
      { id: 2, name: 'Øster Hurup' },
    ]);
    expect(db.all('SELECT id FROM towns WHERE id > 99')).toEqual([]);
  });

  it('get() returns the first row, or undefined when there is none', () => {
    const db = withPeople();
    expect(db.get('SELECT name FROM towns ORDER BY id DESC')).toEqual({ name: 'Øster Hurup' });
    expect(db.get('SELECT name FROM towns WHERE id = ?', [99])).toBeUndefined();
  });

  it('starts every call from the first row, even when the last one stopped after a row', () => {
    const db = withPeople();
    const firstTown = 'SELECT name FROM towns ORDER BY id';
    expect(db.get(firstTown)).toEqual({ name: 'Aarhus' });
    expect(db.get(firstTown)).toEqual({ name: 'Aarhus' });
    expect(db.all(firstTown)).toHaveLength(2);
  });

  it('binds positional and named parameters, and never a previous call’s values', () => {
    const db = withPeople();
    const sql = 'SELECT name FROM towns WHERE id = ?';
    expect(db.get(sql, [1])).toEqual({ name: 'Aarhus' });
    expect(db.get(sql, [2])).toEqual({ name: 'Øster Hurup' });
    expect(db.all('SELECT name FROM towns WHERE id = $id', { $id: 1 })).toEqual([{ name: 'Aarhus' }]);
    expect(db.all('SELECT name FROM towns WHERE id = $id', { $id: 2 })).toEqual([{ name: 'Øster Hurup' }]);
    // a value that looks like SQL is only ever a value
    expect(db.get(sql, ["1 OR 1 = 1"])).toBeUndefined();
  });

  it('keeps text, numbers, null and bytes exactly', () => {
    const db = withPeople();
    const photo = new Uint8Array([0, 255, 7, 128]);
    db.run('INSERT INTO people (id, name, town_id, photo) VALUES (?, ?, ?, ?)', ['p1', 'Åse “Ø” Ærø', null, photo]);
    const row = db.get<{ name: string; town_id: null; photo: Uint8Array }>('SELECT name, town_id, photo FROM people');
    expect(row).toEqual({ name: 'Åse “Ø” Ærø', town_id: null, photo });
    expect(row?.photo).toBeInstanceOf(Uint8Array);
    expect(db.get('SELECT 9007199254740991 AS big, 0.1 + 0.2 AS sum')).toEqual({ big: 9007199254740991, sum: 0.1 + 0.2 });
  });

  it('offers fold(): accents and case ignored, non-text passed through, as shared/logic folds it', () => {
    const db = withPeople();
    const text = 'Øster  Hurup Æblegård ÉCOLE';
    expect(db.get('SELECT fold(?) AS folded', [text])).toEqual({ folded: foldText(text) });
    expect(db.get('SELECT fold(?) AS folded', [text])).toEqual({ folded: 'oster hurup aeblegard ecole' });
    expect(db.get('SELECT fold(NULL) AS n, fold(42) AS i', [])).toEqual({ n: null, i: 42 });
    expect(db.all(`SELECT name FROM towns WHERE fold(name) LIKE '%' || fold(?) || '%'`, ['oster'])).toEqual([{ name: 'Øster Hurup' }]);
  });
});

describe('writing', () => {
  it('run() reports how many rows it changed', () => {
    const db = withPeople();
    expect(db.run('INSERT INTO people (id, name) VALUES (?, ?), (?, ?)', ['p1', 'Ann', 'p2', 'Bo'])).toEqual({ changes: 2 });
    expect(db.run('UPDATE people SET town_id = ? WHERE id = ?', [1, 'p1'])).toEqual({ changes: 1 });
    expect(db.run('DELETE FROM people WHERE id = ?', ['nobody'])).toEqual({ changes: 0 });
    expect(db.run('DELETE FROM people', [])).toEqual({ changes: 2 });
  });

  it('passes SQLite’s error on, and the same statement works again straight after', () => {
    const db = withPeople();
    const insert = 'INSERT INTO towns (id, name) VALUES (?, ?)';
    expect(() => db.run(insert, [3, 'Aarhus'])).toThrow(/UNIQUE constraint failed: towns\.name/);
    expect(db.run(insert, [3, 'Skagen'])).toEqual({ changes: 1 });
    expect(() => db.all('SELECT nope FROM towns')).toThrow(/no such column: nope/);
    expect(() => db.get('SELECT name FROM towns WHERE id = ?', [{ not: 'a value' } as never])).toThrow();
    expect(db.get('SELECT name FROM towns WHERE id = ?', [3])).toEqual({ name: 'Skagen' });
  });

  it('enforces foreign keys', () => {
    const db = withPeople();
    expect(() => db.run('INSERT INTO people (id, name, town_id) VALUES (?, ?, ?)', ['p1', 'Ann', 99])).toThrow(/FOREIGN KEY constraint failed/);
    expect(db.get('SELECT count(*) AS n FROM people')).toEqual({ n: 0 });
  });

  it('rolls a transaction back (SQLite’s own journal is in memory, rollback still works)', () => {
    const db = withPeople();
    expect(db.get<{ journal_mode: string }>('PRAGMA journal_mode')?.journal_mode).toBe('memory');
    db.exec('BEGIN');
    db.run('INSERT INTO people (id, name) VALUES (?, ?)', ['p1', 'Ann']);
    db.exec('ROLLBACK');
    expect(db.get('SELECT count(*) AS n FROM people')).toEqual({ n: 0 });
  });
});

describe('exporting and reopening', () => {
  it('exportBytes() is a whole database file that loads again with the same rows', () => {
    const db = withPeople();
    db.exec('PRAGMA user_version = 6');
    db.run('INSERT INTO people (id, name, town_id) VALUES (?, ?, ?)', ['p1', 'Ann', 2]);
    const bytes = db.exportBytes();
    expect(Buffer.from(bytes.subarray(0, 16)).toString('latin1')).toBe('SQLite format 3\u0000');
    const again = new WorkspaceDatabase(SQL, bytes);
    expect(again.all('SELECT id, name, town_id FROM people')).toEqual([{ id: 'p1', name: 'Ann', town_id: 2 }]);
    expect(again.pragmaNumber('user_version')).toBe(6);
    again.close();
  });

  it('after an export foreign keys, fold() and cached statements still work', () => {
    const db = withPeople();
    const byId = 'SELECT name FROM towns WHERE id = ?';
    expect(db.get(byId, [1])).toEqual({ name: 'Aarhus' });
    db.exportBytes();
    expect(db.get(byId, [2])).toEqual({ name: 'Øster Hurup' });
    expect(() => db.run('INSERT INTO people (id, name, town_id) VALUES (?, ?, ?)', ['p1', 'Ann', 99])).toThrow(/FOREIGN KEY constraint failed/);
    expect(db.get('SELECT fold(?) AS folded', ['ÆØÅ'])).toEqual({ folded: 'aeoa' });
  });

  it('a database loaded from bytes gets the same pragmas and fold() as a new one', () => {
    const bytes = withPeople().exportBytes();
    const loaded = new WorkspaceDatabase(SQL, bytes);
    expect(() => loaded.run('INSERT INTO people (id, name, town_id) VALUES (?, ?, ?)', ['p1', 'Ann', 99])).toThrow(/FOREIGN KEY constraint failed/);
    expect(loaded.get('SELECT fold(?) AS folded', ['Éa'])).toEqual({ folded: 'ea' });
  });

  it('keeps answering correctly past the bound of its statement cache', () => {
    const db = withPeople();
    const first = 'SELECT name FROM towns WHERE id = ?';
    expect(db.get(first, [1])).toEqual({ name: 'Aarhus' });
    for (let n = 0; n < 450; n++) expect(db.get(`SELECT ${n} AS n`)).toEqual({ n });
    expect(db.get(first, [2])).toEqual({ name: 'Øster Hurup' });
  });

  it('reads pragmas as numbers', () => {
    const db = withPeople();
    db.exec('PRAGMA application_id = 1381061204; PRAGMA user_version = 4');
    expect(db.pragmaNumber('application_id')).toBe(1381061204);
    expect(db.pragmaNumber('user_version')).toBe(4);
    expect(db.pragmaNumber('page_size')).toBeGreaterThan(0);
    expect(db.pragmaNumber('page_count')).toBeGreaterThan(0);
  });

  it('refuses to be used once closed', () => {
    const db = withPeople();
    db.get('SELECT name FROM towns WHERE id = ?', [1]);
    db.close();
    expect(() => db.get('SELECT name FROM towns WHERE id = ?', [1])).toThrow();
    expect(() => db.all('SELECT 1')).toThrow();
  });
});
