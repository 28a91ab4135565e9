import { describe, expect, it } from 'vitest';
import { WorkspaceDatabase } from '../../../electron/engine/database';
import { loadSqlJs } from '../../../electron/engine/sqlite';
import { fillBenchRows, seededRandom, syntheticRow } from '../../../scripts/bench/fixtures';

describe('bench fixtures', () => {
  it('draws the same sequence from the same seed, and another from another seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(seededRandom(43)()).not.toBe(first[0]);
    for (const value of first) expect(value >= 0 && value < 1).toBe(true);
  });

  it('makes deterministic, well-formed rows', () => {
    const row = syntheticRow(seededRandom(7), 12);
    expect(syntheticRow(seededRandom(7), 12)).toEqual(row);
    const [id, customer, email, note, amount, createdAt] = row;
    expect(id).toBe(12);
    expect(customer).toMatch(/^\S+ \S+$/);
    expect(email).toMatch(/^[\x21-\x7e]+\.12@example\.com$/);
    expect(note.split(' ').length).toBeGreaterThanOrEqual(10);
    expect(amount).toBeGreaterThanOrEqual(0);
    expect(new Date(createdAt).toISOString()).toBe(createdAt);
  });

  it('fills bench_rows until the database reaches the target size, the same way every time', async () => {
    const SQL = await loadSqlJs(require.resolve('sql.js/dist/sql-wasm.wasm'));
    const fill = () => {
      const db = new WorkspaceDatabase(SQL);
      try {
        const rows = fillBenchRows(db, 256 * 1024, 3);
        const bytes = db.exportBytes().length;
        const checksum = db.get<{ total: number }>('SELECT sum(amount) AS total FROM bench_rows')?.total;
        return { rows, bytes, checksum };
      } finally {
        db.close();
      }
    };
    const first = fill();
    expect(first.bytes).toBeGreaterThanOrEqual(256 * 1024);
    expect(first.bytes).toBeLessThan(256 * 1024 * 1.1);
    expect(fill()).toEqual(first);
  });
});
