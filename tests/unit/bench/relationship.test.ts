import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRfmScores } from '../../../electron/engine/store/rfm-scores';
import { rfmParameters } from '../../../electron/engine/store/rfm';
import { relationshipStatements, runSqlite, sqliteScript } from '../../../scripts/bench/relationship';
import { AS_OF, PERIOD, metricsBook } from '../../fixtures/metrics/book';
import { tempDir } from '../../support/engine';

/** The bench's sqlite3 side on the hand-made book: the same statements give the same rows as in the engine's sql.js. */

describe('bench: relationship statements in the sqlite3 tool', () => {
  it('writes parameters as sqlite3 literals, quotes doubled', () => {
    expect(sqliteScript([{ sql: ' SELECT :a, :b, :c ', params: { ':a': "O'Neil", ':b': 0.4, ':c': null } }])).toBe(
      `.parameter clear\n.parameter set :a "'O''Neil'"\n.parameter set :b 0.4\n.parameter set :c NULL\nSELECT :a, :b, :c;\n`,
    );
    expect(() => sqliteScript([{ sql: 'SELECT :a', params: { ':a': Infinity } }])).toThrow(/cannot be written/);
  });

  it('hands sqlite3 text parameters exactly: dates stay text, quotes and backslashes survive', async () => {
    const db = await metricsBook();
    const path = join(tempDir('rapport-bench-'), 'book.rapport');
    writeFileSync(path, db.exportBytes());
    const text = `say "hi" to O'Neil \\ 2025-03-02`;
    const lines = runSqlite(path, sqliteScript([{ sql: "SELECT :a || '|' || typeof(:a), :d, typeof(:d), :n * 2", params: { ':a': text, ':d': '2025-03-02', ':n': 0.25 } }])).lines;
    expect(lines).toEqual([`${text}|text|2025-03-02|text|0.5`]);
  });

  it('scores every buyer in sqlite3 as the engine does, from the same text and parameters', async () => {
    const db = await metricsBook();
    const path = join(tempDir('rapport-bench-'), 'book.rapport');
    writeFileSync(path, db.exportBytes());
    const { rfmScores } = relationshipStatements(db, PERIOD, AS_OF);
    const lines = runSqlite(path, sqliteScript(rfmScores)).lines;
    expect(lines[0]).toBe('4|3'); // the yearly retention: 4 buyers before, 3 again
    const engine = readRfmScores(db, rfmParameters(db, { asOf: AS_OF, from: null, to: null }));
    expect(lines.slice(1).map((line) => line.split('|'))).toEqual(
      engine.map((c) => [c.customerId, String(c.recencyDays), String(c.purchases), String(Math.round(c.spent * 100)), String(c.r), String(c.f), String(c.m), c.group, expect.any(String), expect.any(String)]),
    );
    expect(lines.slice(1).map((line) => line.split('|').slice(8).map(Number))).toEqual(engine.map((c) => [c.historicValue, c.predictedValue]));
  });

  it('runs every metrics statement in sqlite3 with as many rows as in sql.js', async () => {
    const db = await metricsBook();
    const path = join(tempDir('rapport-bench-'), 'book.rapport');
    writeFileSync(path, db.exportBytes());
    const { metricsSummary } = relationshipStatements(db, PERIOD, AS_OF);
    expect(metricsSummary).toHaveLength(10);
    const rows = metricsSummary.reduce((n, s) => n + db.all(s.sql, s.params).length, 0);
    expect(runSqlite(path, sqliteScript(metricsSummary)).lines).toHaveLength(rows);
  });
});
