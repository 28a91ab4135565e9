import { readFileSync, rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import Papa from 'papaparse';
import { writeFileDurably } from '../../electron/engine/persistence/durable-file';
import { loadSqlJs } from '../../electron/engine/sqlite';
import { median, round } from './measure';

/**
 * The floor under any sql.js import: what sql.js itself needs to do what `sqlite3 .import` does with the same
 * file — parse the CSV (papaparse, as Rapport's importer does), create a table from the header (no indexes),
 * insert every row with one prepared statement in one transaction, export the database and write it durably.
 * No matching, no validation, no undo records. The gap between this and sqlite3 is the engine's (WebAssembly,
 * a JavaScript memory file system, a copy on export); the gap between Rapport and this is Rapport's.
 */
export async function timeSqljsImport(
  wasmPath: string,
  csvPath: string,
  databasePath: string,
  expectedRows: number,
  runs = 3,
): Promise<{ median_ms: number; runs_ms: number[]; file_bytes: number }> {
  const SQL = await loadSqlJs(wasmPath);
  const times: number[] = [];
  let fileBytes = 0;
  for (let i = 0; i < runs; i++) {
    rmSync(databasePath, { force: true });
    const start = performance.now();
    const text = readFileSync(csvPath, 'utf8');
    const [header = [], ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data;
    const db = new SQL.Database();
    try {
      db.exec(`CREATE TABLE imported (${header.map((_, n) => `c${n} TEXT`).join(', ')})`);
      db.exec('BEGIN');
      const insert = db.prepare(`INSERT INTO imported VALUES (${header.map(() => '?').join(', ')})`);
      for (const row of rows) insert.run(row);
      insert.free();
      db.exec('COMMIT');
      const count = Number(db.exec('SELECT count(*) FROM imported')[0]!.values[0]![0]);
      if (count !== expectedRows) throw new Error(`sql.js imported ${count} rows, expected ${expectedRows}`);
      const bytes = db.export();
      writeFileDurably(databasePath, bytes);
      fileBytes = bytes.length;
    } finally {
      db.close();
    }
    times.push(performance.now() - start);
  }
  rmSync(databasePath, { force: true });
  return { median_ms: round(median(times)), runs_ms: times.map((t) => round(t)), file_bytes: fileBytes };
}
