/**
 * Documents bench (BENCH_ONLY=documents), issue 10: on a 100,000-customer book that sqlite3 writes (addresses,
 * five languages, purchases),
 * - 1,000 and 10,000 personalised letters to DOCX: buildDocument (personalise = merge contexts read from the
 *   book + renderForCustomer, then the letters layout) and packSync, the functions documents.export runs, here in
 *   this process on sql.js; wall time and peak RSS;
 * - the coverage check over all 100,000 (templates.coverage through the engine worker), beside the same
 *   statements (recorded from coverageOf on the same file) run by sql.js in this process and by the sqlite3 tool.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { type EngineChannel, contract } from '../../shared/contract/channels';
import type { Coverage } from '../../shared/domain/template';
import { defaultProfile } from '../../shared/domain/profile';
import { formatDate } from '../../shared/logic/template';
import { type Reader, type SqlParams, WorkspaceDatabase } from '../../electron/engine/database';
import { buildDocument } from '../../electron/engine/files/documents/documents-file';
import { packSync } from '../../electron/engine/files/documents/layout';
import { loadSqlJs } from '../../electron/engine/sqlite';
import { requireTemplate } from '../../electron/engine/store/templates';
import { coverageOf } from '../../electron/engine/writing/coverage';
import { personalise } from '../../electron/engine/writing/personalise';
import { BenchFailure, type EngineLocation, must, startWarmClient } from './engine-runs';
import { type RssSampler, mb, median, round } from './measure';
import { runSqlite, sqliteScript } from './relationship';
import { SQLITE3 } from './sqlite-reference';

export const DOCUMENTS_CUSTOMERS = Number(process.env.BENCH_DOCUMENT_CUSTOMERS ?? 100_000);
const COVERAGE_RUNS = 3;
const LETTERS_TARGET_MS = 3000;
const LETTERS_TARGET_RSS_MB = 300;
const COVERAGE_TARGET_MS = 1000;

/** A letter as a shop writes one: salutation with fallback, the last purchase and its date, money, a condition. */
const LETTER = {
  subject: 'Thank you, {{firstName | "friend"}}',
  body: [
    '{{salutation | "Dear customer"}},',
    'Thank you for buying {{lastPurchaseProduct | "from us"}} on {{lastPurchaseDate | date}}. Over {{yearsAsCustomer}} years you have spent {{totalSpent | money}} with us.',
    '{{#if isB2B}}As a business customer you get our trade prices on every order.{{else}}Come by for a free cup next time you are in {{city | "town"}}.{{/if}}',
    '{{signature}}',
  ].join('\n\n'),
};

export const DOCUMENTS_METHOD =
  `A ${DOCUMENTS_CUSTOMERS}-customer book written by sqlite3 (addresses, five languages, three purchases each). Letters: buildDocument + packSync ` +
  '(personalise: merge contexts read from the book, renderForCustomer, letters layout; docx 9.15.2 compiler, fflate zipSync), the code ' +
  'documents.export runs, in this process on sql.js, for the first N customers by id; wall time of one run, peak RSS sampled every 50 ms ' +
  `during it. Coverage: templates.coverage for a segment of everyone through the engine worker (first call, and median of ${COVERAGE_RUNS}), ` +
  'beside the statements coverageOf runs (recorded on the same file, parameters included) timed in sql.js in this process and in ' +
  '`sqlite3 -readonly` (process start included). Targets: 1,000 letters < 3 s and < 300 MB; coverage of 100,000 < 1 s.';

/** A Reader that passes through and keeps every statement with its parameters, for sqlite3 to replay. */
interface Recorded {
  sql: string;
  params?: SqlParams;
  /** The statement with ?1, ?2… and its parameters by those names, as the sqlite3 shell binds them. */
  numbered: { sql: string; params: Record<string, string | number | null> };
}
export function recording(db: Reader): { reader: Reader; statements: Recorded[] } {
  const statements: Recorded[] = [];
  const keep = (sql: string, params?: SqlParams) => {
    const named: Record<string, string | number | null> = {};
    let n = 0;
    // positional ? become ?1, ?2… so the sqlite3 shell can bind them with .parameter set
    const numbered = Array.isArray(params) ? sql.replace(/\?(?!\d)/g, () => `?${++n}`) : sql;
    if (Array.isArray(params)) params.forEach((p, i) => (named[`?${i + 1}`] = p as string | number | null));
    else if (params) Object.assign(named, params);
    statements.push({ sql, params, numbered: { sql: numbered, params: named } });
  };
  return {
    statements,
    reader: {
      all: (sql, params) => (keep(sql, params), db.all(sql, params)),
      get: (sql, params) => (keep(sql, params), db.get(sql, params)),
    },
  };
}

function writeBook(path: string, customers: number): number {
  const start = performance.now();
  const write = spawnSync(SQLITE3, [path], {
    input: `BEGIN;
      WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ${customers})
      INSERT INTO customers (id, kind, first_name, last_name, company, salutation, street, postal_code, city, country, language, customer_since, display_key, created_at, updated_at)
        SELECT printf('c%07d', i), CASE WHEN i % 7 = 0 THEN 'company' ELSE 'person' END,
               CASE i % 5 WHEN 0 THEN 'Søren' WHEN 1 THEN 'Jana' WHEN 2 THEN 'Åse' WHEN 3 THEN 'Živa' ELSE 'Tom' END || i,
               CASE i % 5 WHEN 0 THEN 'Ærø' WHEN 1 THEN 'Dvořáková' WHEN 2 THEN 'Løvås' WHEN 3 THEN 'Kovač' ELSE 'Hill' END,
               CASE WHEN i % 7 = 0 THEN 'Firma ' || i ELSE '' END,
               CASE WHEN i % 5 = 1 THEN 'Vážená paní Dvořáková' ELSE '' END,
               CASE WHEN i % 50 = 0 THEN '' ELSE 'Havnegade ' || (i % 200) END, printf('%04d', 1000 + i % 8000), 'Aarhus',
               CASE i % 5 WHEN 0 THEN 'DK' WHEN 1 THEN 'CZ' WHEN 2 THEN 'NO' WHEN 3 THEN 'SI' ELSE 'GB' END,
               CASE i % 5 WHEN 0 THEN 'da' WHEN 1 THEN 'cs' WHEN 2 THEN 'nb' WHEN 3 THEN 'sl' ELSE 'en' END,
               date('2015-01-01', '+' || (i % 3000) || ' days'), printf('last%05d first%07d', i % 977, i),
               '2022-12-01T00:00:00.000Z', '2022-12-01T00:00:00.000Z' FROM n;
      WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ${customers * 3})
      INSERT INTO purchases (id, customer_id, date, amount_minor, currency, product, created_at)
        SELECT printf('p%08d', i), printf('c%07d', i % ${customers}), date('2023-01-01', '+' || ((i * 37) % 730) || ' days'),
               500 + (i * 131) % 50000, 'DKK', CASE i % 3 WHEN 0 THEN 'Espresso beans' WHEN 1 THEN 'Pour-over kit' ELSE 'Gift box' END,
               '2022-12-01T00:00:00.000Z' FROM n;
      COMMIT;`,
    encoding: 'utf8',
  });
  if (write.status !== 0 || write.stderr.trim() !== '') throw new BenchFailure(`sqlite3 could not write the documents book: ${write.stderr}`);
  return performance.now() - start;
}

const noJob = { progress: () => {}, checkCancelled: () => {} };

export async function benchDocuments(options: { benchDir: string; location: EngineLocation; rss: RssSampler; progress: (message: string) => void }) {
  const { benchDir, location, rss, progress } = options;
  const path = `${benchDir}/documents-${DOCUMENTS_CUSTOMERS}.rapport`;
  for (const suffix of ['', '.journal', '.lock', '.backups']) rmSync(`${path}${suffix}`, { force: true, recursive: true });

  const { client } = await startWarmClient(location);
  // parsed here as the shell parses every payload before the engine sees it (defaults filled in)
  const call = <T>(channel: EngineChannel, payload: unknown) => must<T>(client, { op: 'call', channel, payload: contract[channel].request.parse(payload) } as never);
  let templateId = '';
  let segmentId = '';
  let coverageRuns: number[] = [];
  let coverage: Coverage | undefined;
  try {
    await must(client, { op: 'create', path, profile: { ...defaultProfile('Bench roastery'), country: 'DK', currency: 'DKK', language: 'en' } });
    await must(client, { op: 'close' });
    progress(`documents: writing ${DOCUMENTS_CUSTOMERS} customers and ${DOCUMENTS_CUSTOMERS * 3} purchases with sqlite3…`);
    const writtenMs = writeBook(path, DOCUMENTS_CUSTOMERS);
    progress(`documents: written in ${round(writtenMs / 1000)} s; templates.coverage through the worker…`);
    await must(client, { op: 'open', path });
    await call('profile.update', { senderAddress: 'Havnegade 4\n8000 Aarhus', signature: 'Anna Holm, Bench roastery' });
    templateId = (await call<{ id: string }>('templates.create', { name: 'Bench letter', kind: 'letter', occasion: 'thanks', versions: { en: LETTER, da: LETTER, cs: LETTER } })).id;
    segmentId = (await call<{ id: string }>('segments.create', { name: 'Everyone', rules: { kind: 'group', op: 'and', not: false, rules: [] } })).id;
    for (let i = 0; i < COVERAGE_RUNS; i++) {
      const start = performance.now();
      coverage = await call<Coverage>('templates.coverage', { templateId, recipients: { segmentId }, channel: 'letter' });
      coverageRuns.push(performance.now() - start);
    }
    if (coverage!.total !== DOCUMENTS_CUSTOMERS) throw new BenchFailure(`coverage counted ${coverage!.total} customers, not ${DOCUMENTS_CUSTOMERS}`);
    await must(client, { op: 'close' });
  } finally {
    await client.stop();
  }

  progress('documents: the same coverage statements in sql.js (this process) and in sqlite3…');
  const SQL = await loadSqlJs(location.wasmPath);
  const db = new WorkspaceDatabase(SQL, readFileSync(path));
  const template = requireTemplate(db, templateId);
  const now = new Date('2026-12-01T10:00:00Z');
  const recorder = recording(db);
  coverageOf(recorder.reader, template, { segmentId }, 'letter', now);
  const sqljsRuns: number[] = [];
  for (let i = 0; i < COVERAGE_RUNS; i++) {
    const start = performance.now();
    for (const s of recorder.statements) db.all(s.sql, s.params);
    sqljsRuns.push(performance.now() - start);
  }
  const script = sqliteScript(recorder.statements.map((s) => s.numbered));
  const sqliteRuns: number[] = [];
  for (let i = 0; i < COVERAGE_RUNS; i++) sqliteRuns.push(runSqlite(path, script).ms);

  const ids = db.all<{ id: string }>("SELECT id FROM customers WHERE street <> '' ORDER BY id").map((r) => r.id);
  const letters = (count: number) => {
    // the book is open in sql.js in this process: its memory is the floor under the letters' peak
    const rssBefore = process.memoryUsage().rss;
    rss.takePhasePeak();
    const start = performance.now();
    const { doc, answer } = buildDocument(db, { kind: 'letters', templateId, recipients: { customerIds: ids.slice(0, count) }, date: '2026-12-01', cutMarks: false }, now, { personalise, formatDate }, noJob);
    const built = performance.now();
    const bytes = packSync(doc);
    const ms = performance.now() - start;
    if (answer.documents !== count) throw new BenchFailure(`${answer.documents} letters were made, not ${count}`);
    progress(`documents: ${count} letters in ${Math.round(ms)} ms`);
    return { letters: count, ms: round(ms), personalise_and_layout_ms: round(built - start), pack_ms: round(ms - (built - start)), docx_mb: mb(bytes.byteLength), rss_before_mb: mb(rssBefore), peak_rss_mb: mb(rss.takePhasePeak()) };
  };
  const thousand = letters(1_000);
  const tenThousand = letters(10_000);
  db.close();
  if (process.env.BENCH_KEEP !== '1') for (const suffix of ['', '.journal', '.lock', '.backups']) rmSync(`${path}${suffix}`, { force: true, recursive: true });

  const engineFirst = coverageRuns[0]!;
  const sqljs = median(sqljsRuns);
  const sqlite = median(sqliteRuns);
  return {
    book: { customers: DOCUMENTS_CUSTOMERS, purchases: DOCUMENTS_CUSTOMERS * 3, written_by: 'sqlite3 (documents.ts writeBook)' },
    letters_1000: { ...thousand, target_ms: LETTERS_TARGET_MS, target_rss_mb: LETTERS_TARGET_RSS_MB, within_target: thousand.ms < LETTERS_TARGET_MS && thousand.peak_rss_mb < LETTERS_TARGET_RSS_MB },
    letters_10000: tenThousand,
    coverage_100000: {
      customers: coverage!.total,
      included: coverage!.included,
      excluded: coverage!.excludedCount,
      statements: recorder.statements.length,
      engine_first_ms: round(engineFirst),
      engine_ms: round(median(coverageRuns)),
      engine_runs_ms: coverageRuns.map((t) => round(t)),
      sqljs_same_statements_ms: round(sqljs),
      sqlite3_same_statements_ms: round(sqlite),
      ratio_to_sqljs: round(engineFirst / sqljs),
      ratio_to_sqlite3: round(engineFirst / sqlite),
      target_ms: COVERAGE_TARGET_MS,
      within_target: engineFirst < COVERAGE_TARGET_MS,
    },
  };
}
