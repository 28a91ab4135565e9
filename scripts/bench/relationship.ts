import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { EngineChannel } from '../../shared/contract/channels';
import type { MetricsSummary } from '../../shared/domain/metrics';
import type { RfmScoresResponse } from '../../shared/domain/rfm';
import { WorkspaceDatabase, type SqlParam } from '../../electron/engine/database';
import { loadSqlJs } from '../../electron/engine/sqlite';
import type { SqlFragment } from '../../electron/engine/store/customer-query';
import { metricsQueries } from '../../electron/engine/store/metrics';
import { periodRetentionQuery } from '../../electron/engine/store/retention';
import { rfmParameters } from '../../electron/engine/store/rfm';
import { rfmScoresQuery } from '../../electron/engine/store/rfm-scores';
import { BenchFailure, type EngineLocation, must, startWarmClient } from './engine-runs';
import { median, round } from './measure';
import { SQLITE3 } from './sqlite-reference';

/**
 * Relationship figures (issue 9, "Tests and figures") on the customer book's 100,000-customer / 1,000,000-purchase
 * workspace: `rfm.scores` for everyone and `metrics.summary` over two years through the engine worker, each beside
 * the sqlite3 tool running the SAME statements (the text and parameters the store functions give) on the SAME
 * file. Two figures are left for the lead: a three-condition segment preview (`measureBeside` with
 * segments.preview and the compiler's statement) and the dashboard's first paint in Chromium.
 */

export const RELATIONSHIP_RUNS = 3;
const RATIO_TARGET = 2;
const RFM_TARGET_MS = 1000;
/** The purchases of the bench book are dated 2023–2024 (purchase-csv.ts): the two years, and the day after. */
export const BENCH_PERIOD = { from: '2023-01-01', to: '2024-12-31' };
export const BENCH_AS_OF = '2025-01-01';

/** One statement as the sqlite3 shell reads it: its own parameters (`.parameter set`), then the SQL. */
export function sqliteScript(statements: readonly SqlFragment[]): string {
  const lines: string[] = [];
  for (const statement of statements) {
    lines.push('.parameter clear');
    for (const [name, value] of Object.entries(statement.params)) lines.push(`.parameter set ${name} ${sqlLiteral(value)}`);
    lines.push(`${statement.sql.trim()};`);
  }
  return `${lines.join('\n')}\n`;
}

function sqlLiteral(value: SqlParam): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`a parameter of ${value} cannot be written for sqlite3`);
    return String(value);
  }
  // the shell takes the argument's outer double quotes off (resolving backslash escapes), then reads an SQL literal
  if (typeof value === 'string') return `"'${value.replace(/'/g, "''").replace(/[\\"]/g, (c) => `\\${c}`)}'"`;
  throw new Error('only numbers, text and NULL are written as sqlite3 parameters');
}

/** Runs a script in `sqlite3 -readonly FILE` (process start and file open included); answers the output lines. */
export function runSqlite(path: string, script: string): { ms: number; lines: string[] } {
  const start = performance.now();
  const result = spawnSync(SQLITE3, ['-readonly', path], { input: script, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (result.status !== 0 || result.stderr.trim() !== '') throw new BenchFailure(`sqlite3 failed (${result.status}): ${result.stderr.slice(0, 500)}`);
  return { ms, lines: result.stdout.split('\n').filter((line) => line !== '') };
}

/** The statements the two handlers run, with the parameters the engine would bind, read from the workspace file. */
export function relationshipStatements(db: WorkspaceDatabase, period = BENCH_PERIOD, asOf = BENCH_AS_OF): { rfmScores: SqlFragment[]; metricsSummary: SqlFragment[] } {
  const yearlyFrom = db.get<{ d: string }>("SELECT date(:asOf, '-1 year', '+1 day') AS d", { ':asOf': asOf })!.d;
  const rfm = rfmParameters(db, { asOf, from: null, to: null });
  const yearlyFromTo = db.get<{ d: string }>("SELECT date(:asOf, '-1 year', '+1 day') AS d", { ':asOf': period.to })!.d;
  const atTo = rfmParameters(db, { asOf: period.to, from: null, to: null });
  return {
    // rfmParameters' yearly retention, then the scores
    rfmScores: [periodRetentionQuery(yearlyFrom, asOf), rfmScoresQuery(rfm)],
    metricsSummary: [periodRetentionQuery(yearlyFromTo, period.to), ...Object.values(metricsQueries(period.from, period.to, atTo)), periodRetentionQuery(period.from, period.to)],
  };
}

export interface Beside {
  engine_ms: number;
  engine_runs_ms: number[];
  sqlite3_ms: number;
  sqlite3_runs_ms: number[];
  ratio_to_sqlite3: number;
  sqlite3_output_lines: number;
}

/**
 * The hook for every figure of this section: a channel through the engine worker (median of `runs`) beside
 * sqlite3 running `statements` on the same file (median of `runs`). `check` sees both answers once.
 */
export async function measureBeside<T>(
  call: () => Promise<T>,
  path: string,
  statements: readonly SqlFragment[],
  check: (answer: T, sqliteLines: string[]) => void,
  runs = RELATIONSHIP_RUNS,
): Promise<Beside> {
  const engineTimes: number[] = [];
  let answer: T | undefined;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    answer = await call();
    engineTimes.push(performance.now() - start);
  }
  const script = sqliteScript(statements);
  const sqliteTimes: number[] = [];
  let lines: string[] = [];
  for (let i = 0; i < runs; i++) {
    const run = runSqlite(path, script);
    sqliteTimes.push(run.ms);
    lines = run.lines;
  }
  check(answer as T, lines);
  const engineMs = median(engineTimes);
  const sqliteMs = median(sqliteTimes);
  return {
    engine_ms: round(engineMs),
    engine_runs_ms: engineTimes.map((t) => round(t)),
    sqlite3_ms: round(sqliteMs),
    sqlite3_runs_ms: sqliteTimes.map((t) => round(t)),
    ratio_to_sqlite3: round(engineMs / sqliteMs),
    sqlite3_output_lines: lines.length,
  };
}

export interface RelationshipOptions {
  workspacePath: string;
  location: EngineLocation;
  progress: (message: string) => void;
}

/** On the closed workspace file (its final snapshot written): open it in a fresh worker, measure, close. */
export async function benchRelationship({ workspacePath, location, progress }: RelationshipOptions) {
  progress('relationship: reading the parameters the engine will bind (sql.js, in this process)…');
  const SQL = await loadSqlJs(location.wasmPath);
  const reader = new WorkspaceDatabase(SQL, readFileSync(workspacePath));
  const statements = relationshipStatements(reader);
  reader.close();

  const { client } = await startWarmClient(location);
  const call = <T>(channel: EngineChannel, payload: unknown) => () => must<T>(client, { op: 'call', channel, payload } as never);
  try {
    await must(client, { op: 'open', path: workspacePath });
    progress(`relationship: rfm.scores as of ${BENCH_AS_OF} ×${RELATIONSHIP_RUNS}, then sqlite3 ×${RELATIONSHIP_RUNS}…`);
    let buyers = 0;
    const rfm = await measureBeside(call<RfmScoresResponse>('rfm.scores', { asOf: BENCH_AS_OF }), workspacePath, statements.rfmScores, (answer, lines) => {
      buyers = answer.customers.length;
      // one line for the retention, one per scored buyer
      if (lines.length !== buyers + 1) throw new BenchFailure(`sqlite3 gave ${lines.length - 1} scored buyers, the engine ${buyers}`);
      const first = answer.customers[0]!;
      if (!lines[1]!.startsWith(`${first.customerId}|${first.recencyDays}|${first.purchases}|`)) throw new BenchFailure(`the first buyer differs: ${lines[1]} / ${JSON.stringify(first)}`);
    });
    progress(`relationship: rfm.scores ${rfm.engine_ms} ms (sqlite3 ${rfm.sqlite3_ms} ms); metrics.summary ${BENCH_PERIOD.from} – ${BENCH_PERIOD.to}…`);
    let summaryBuyers = 0;
    const summary = await measureBeside(call<MetricsSummary>('metrics.summary', BENCH_PERIOD), workspacePath, statements.metricsSummary, (answer) => {
      summaryBuyers = answer.buyers;
      if (answer.buyers === 0) throw new BenchFailure('metrics.summary found no buyers in the bench period');
    });
    progress(`relationship: metrics.summary ${summary.engine_ms} ms (sqlite3 ${summary.sqlite3_ms} ms)`);
    return {
      rfm_scores_everyone: { as_of: BENCH_AS_OF, buyers, ...rfm },
      metrics_summary_two_years: { ...BENCH_PERIOD, buyers: summaryBuyers, statements: statements.metricsSummary.length, ...summary },
      // the lead adds these two with measureBeside (segments.preview beside the compiler's statement) and Chromium
      segment_preview_three_conditions: { measured: false, reason: 'added with the segment compiler (measureBeside with segments.preview)' },
      dashboard_first_paint: { measured: false, reason: 'added with the dashboard (Chromium, like grid_first_rows)' },
      targets: {
        rfm_within_2x_of_sqlite3: rfm.ratio_to_sqlite3 <= RATIO_TARGET,
        rfm_ratio: rfm.ratio_to_sqlite3,
        rfm_under_1s: rfm.engine_ms < RFM_TARGET_MS,
        rfm_ms: rfm.engine_ms,
        metrics_within_2x_of_sqlite3: summary.ratio_to_sqlite3 <= RATIO_TARGET,
        metrics_ratio: summary.ratio_to_sqlite3,
      },
    };
  } finally {
    await client.stop();
  }
}

export const RELATIONSHIP_METHOD = {
  workspace: 'the customer book workspace (100,000 customers, 1,000,000 purchases dated 2023–2024) after its import and final snapshot, before the host runs on it; opened in a fresh worker.',
  engine: `{op:'call'} rfm.scores {asOf: '${BENCH_AS_OF}'} (every buyer, all purchases) and metrics.summary {from: '${BENCH_PERIOD.from}', to: '${BENCH_PERIOD.to}'}, each timed from postMessage to its reply (the answer's structured clone included); median of ${RELATIONSHIP_RUNS}.`,
  sqlite3:
    `\`sqlite3 -readonly FILE\` with, on stdin, for each statement the handler runs: \`.parameter clear\`, one \`.parameter set\` per bound parameter (the values the engine binds, read from the same file), then the statement's text exactly as the store functions give it (rfmScoresQuery, metricsQueries, periodRetentionQuery); output read through a pipe; process start and file open included; median of ${RELATIONSHIP_RUNS}. ` +
    'rfm.scores = the yearly retention + the scores (100,000 rows out); metrics.summary = yearly retention as of the end, the eight statements of store/metrics.ts and the period retention. The handlers\' small reads (profile, saved thresholds, one exchange factor, currencies without a rate) are not in the script.',
  ratio: `engine_ms / sqlite3_ms; targets: within ${RATIO_TARGET}x, and rfm.scores under ${RFM_TARGET_MS} ms.`,
};

/**
 * BENCH_ONLY=relationship: the same figures without the hour-long imports, on a book of the same size written
 * straight into a new workspace by sqlite3 (customers and purchases from arithmetic, not random: the same book
 * every run). The full run (customer_book) measures them on the imported book instead.
 */
export async function benchRelationshipOnWrittenBook(options: Omit<RelationshipOptions, 'workspacePath'> & { benchDir: string; customers: number; purchases: number }) {
  const { benchDir, location, progress, customers, purchases } = options;
  const workspacePath = `${benchDir}/relationship-${customers}.rapport`;
  for (const suffix of ['', '.journal', '.lock']) rmSync(`${workspacePath}${suffix}`, { force: true, recursive: true });
  const { client } = await startWarmClient(location);
  try {
    await must(client, { op: 'create', path: workspacePath, profile: { name: 'Bench', kind: 'both', industry: '', country: 'DK', currency: 'DKK', language: 'en', grossMarginPercent: 40 } });
  } finally {
    await client.stop();
  }
  progress(`relationship: writing ${customers} customers and ${purchases} purchases with sqlite3…`);
  const start = performance.now();
  const write = spawnSync(SQLITE3, [workspacePath], {
    input: `BEGIN;
      WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ${customers})
      INSERT INTO customers (id, first_name, last_name, display_key, referred_by, created_at, updated_at)
        SELECT printf('c%07d', i), 'First' || i, 'Last' || (i % 977), printf('last%05d first%07d', i % 977, i),
               CASE WHEN i % 10 = 3 AND i > 10 THEN printf('c%07d', i / 10) END, '2022-12-01T00:00:00.000Z', '2022-12-01T00:00:00.000Z' FROM n;
      WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ${purchases})
      INSERT INTO purchases (id, customer_id, date, amount_minor, currency, created_at)
        SELECT printf('p%08d', i), printf('c%07d', (i * 7919) % ${customers}), date('2023-01-01', '+' || ((i * 37 + i / 1000) % 730) || ' days'),
               500 + (i * 131) % 50000, CASE WHEN i % 20 = 0 THEN 'EUR' ELSE 'DKK' END, '2022-12-01T00:00:00.000Z' FROM n;
      WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ${Math.floor(customers / 5)})
      INSERT INTO feedback (id, customer_id, date, nps, created_at)
        SELECT printf('f%07d', i), printf('c%07d', (i * 5) % ${customers}), date('2023-01-01', '+' || ((i * 13) % 730) || ' days'), i % 11, '2022-12-01T00:00:00.000Z' FROM n;
      COMMIT;`,
    encoding: 'utf8',
  });
  if (write.status !== 0 || write.stderr.trim() !== '') throw new BenchFailure(`sqlite3 could not write the book: ${write.stderr}`);
  progress(`relationship: written in ${round((performance.now() - start) / 1000)} s`);
  const figures = await benchRelationship({ workspacePath, location, progress });
  if (process.env.BENCH_KEEP !== '1') for (const suffix of ['', '.journal', '.lock', '.backups']) rmSync(`${workspacePath}${suffix}`, { force: true, recursive: true });
  return { book: { customers, purchases, written_by: 'sqlite3 (benchRelationshipOnWrittenBook)' }, ...figures };
}
