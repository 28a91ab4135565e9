import { describe, expect, it } from 'vitest';
import type { Reader } from '../../../electron/engine/database';
import { recording } from '../../../scripts/bench/documents';

/** The documents bench replays the coverage statements in sqlite3: the recorder must keep them bindable there. */
describe('the statement recorder of the documents bench', () => {
  it('passes every read through and keeps it, positional ? numbered for the sqlite3 shell', () => {
    const seen: unknown[] = [];
    const db: Reader = {
      all: (sql, params) => (seen.push([sql, params]), [{ n: 1 }]) as never,
      get: (sql, params) => (seen.push([sql, params]), { n: 2 }) as never,
    };
    const { reader, statements } = recording(db);
    expect(reader.all('SELECT ? AS a, ? AS b', ['x', 3])).toEqual([{ n: 1 }]);
    expect(reader.get('SELECT :a AS a', { ':a': 'y' })).toEqual({ n: 2 });
    expect(seen).toEqual([['SELECT ? AS a, ? AS b', ['x', 3]], ['SELECT :a AS a', { ':a': 'y' }]]);
    expect(statements.map((s) => s.numbered)).toEqual([
      { sql: 'SELECT ?1 AS a, ?2 AS b', params: { '?1': 'x', '?2': 3 } },
      { sql: 'SELECT :a AS a', params: { ':a': 'y' } },
    ]);
  });
});
