import { describe, expect, it } from 'vitest';
import type { SqlParams, Writer } from '../../../electron/engine/database';
import { BatchInsert } from '../../../electron/engine/store/batch-insert';
import { bookWith, id } from './support';

describe('BatchInsert', () => {
  it('sends a full batch as one statement as soon as it is full, and the rest on flush', async () => {
    const db = await bookWith([[1, { lastName: 'Holm' }]]);
    const statements: Array<{ sql: string; values: number }> = [];
    const writer: Writer = {
      all: db.all.bind(db),
      get: db.get.bind(db),
      run: (sql: string, params?: SqlParams) => {
        statements.push({ sql, values: Array.isArray(params) ? params.length : 0 });
        return db.run(sql, params);
      },
    };
    const tags = new BatchInsert(writer, 'customer_tags', ['customer_id', 'tag'], 3);
    for (const tag of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) tags.add([id(1), tag]);
    expect(statements.map((s) => s.values)).toEqual([6, 6]); // two full batches of three rows sent while adding
    tags.flush();
    expect(statements.map((s) => s.values)).toEqual([6, 6, 2]);
    expect(statements[0]!.sql).toBe('INSERT INTO customer_tags (customer_id, tag) VALUES (?, ?), (?, ?), (?, ?)');
    expect(tags.rows).toBe(7);
    expect(db.all<{ tag: string }>('SELECT tag FROM customer_tags ORDER BY tag').map((r) => r.tag)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  });
});
