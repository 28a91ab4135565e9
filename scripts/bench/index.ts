/**
 * Rapport engine benchmark (issue item 9): `npm run bench` builds, then runs this. Prints ONE JSON document to
 * stdout; progress goes to stderr. It reports targets, it does not fail on them: the exit code is 0 unless
 * something crashed.
 *
 * Environment: BENCH_DIR (default <repo>/.bench), BENCH_KEEP=1 keeps the workspaces afterwards,
 * BENCH_ONLY=engine|customer_book|relationship|documents|programs runs one section (default: engine and customer_book, which
 * includes the relationship figures); BENCH_CUSTOMERS (default 100000) and
 * BENCH_PURCHASES (default 10000, see customer-book.ts) size the customer_book files; BENCH_RELATIONSHIP_RUNS (default 3)
 * the relationship runs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { CUSTOMER_BOOK_METHOD, benchCustomerBook } from './customer-book';
import { type EngineLocation, measureAck, measureAckAfterPause, measureOpen, measureSnapshot, must, startWarmClient } from './engine-runs';
import { DOCUMENTS_METHOD, benchDocuments } from './documents';
import { PROGRAMS_METHOD, benchPrograms } from './programs';
import { type FixtureReport, makeFixtureInChild, removeWorkspace } from './fixtures';
import { timeAppendFsync } from './fs-reference';
import { RssSampler, type StallReading, loadAverage, mb, round, sleep, watchStalls } from './measure';
import { RELATIONSHIP_METHOD, benchRelationshipOnWrittenBook } from './relationship';
import { SQLITE3, sqlite3Version, timeSqliteCheck } from './sqlite-reference';

const REPO_ROOT = resolve(__dirname, '../..');
const BENCH_DIR = resolve(process.env.BENCH_DIR ?? join(REPO_ROOT, '.bench'));

const SIZES = [
  { label: '1MB', bytes: 1024 * 1024, seed: 1 },
  { label: '100MB', bytes: 100 * 1024 * 1024, seed: 100 },
] as const;

const OPEN_RUNS = 3;
const SNAPSHOT_RUNS = 3;
const ACK_EDITS = 300;
const PAUSE_SAMPLES = 3;
/** Just past the engine's 2 s idle-snapshot delay, so the next edit meets a snapshot in progress. */
const PAUSE_MS = 2050;
const SQLITE_RUNS = 3;
const IDLE_BASELINE_MS = 1000;
const FSYNC_PROBES = 100;

const ACK_P95_TARGET_MS = 20;
const STALL_TARGET_MS = 50;

const progress = (message: string) => process.stderr.write(`[bench] ${message}\n`);

function maxStall(readings: readonly StallReading[]): StallReading {
  return {
    histogram_max_ms: round(Math.max(0, ...readings.map((r) => r.histogram_max_ms))),
    interval_max_lag_ms: round(Math.max(0, ...readings.map((r) => r.interval_max_lag_ms))),
    active_ms: round(Math.max(0, ...readings.map((r) => r.active_ms))),
  };
}

function worst(reading: StallReading): number {
  return Math.max(reading.histogram_max_ms, reading.interval_max_lag_ms);
}

/** sql.js does not export its package.json, so it is read next to the wasm it does export. */
function sqlJsVersion(): string | null {
  try {
    const file = join(dirname(dirname(require.resolve('sql.js/dist/sql-wasm.wasm'))), 'package.json');
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return null;
  }
}

function gitFacts(): { commit: string | null; dirty: boolean | null } {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim().length > 0;
    return { commit, dirty };
  } catch {
    return { commit: null, dirty: null };
  }
}

async function benchSize(location: EngineLocation, size: (typeof SIZES)[number], rss: RssSampler) {
  const path = join(BENCH_DIR, `bench-${size.label}.rapport`);
  progress(`${size.label}: making the workspace (child process)…`);
  const fixture: FixtureReport = await makeFixtureInChild(path, size.bytes, size.seed);
  progress(`${size.label}: ${fixture.rows} rows, ${fixture.file_bytes} bytes in ${fixture.create_ms} ms`);
  rss.takePhasePeak();

  progress(`${size.label}: open ×${OPEN_RUNS}, backups folder cleared before each…`);
  const openWithBackup = await measureOpen(location, path, OPEN_RUNS, true);
  progress(`${size.label}: open ×${OPEN_RUNS}, a recent backup present…`);
  const openWithoutBackup = await measureOpen(location, path, OPEN_RUNS, false);

  const { client } = await startWarmClient(location);
  let snapshot;
  let ack;
  let afterPause;
  let idleBaseline;
  let fsyncFloor;
  try {
    await must(client, { op: 'open', path });
    // the same detectors with nothing to do, just before: what this machine's noise alone produces
    idleBaseline = (await watchStalls(() => sleep(IDLE_BASELINE_MS))).stall;
    progress(`${size.label}: snapshot ×${SNAPSHOT_RUNS}…`);
    snapshot = await measureSnapshot(client, SNAPSHOT_RUNS);
    fsyncFloor = timeAppendFsync(path, FSYNC_PROBES);
    progress(`${size.label}: ${ACK_EDITS} sequential edits…`);
    ack = await measureAck(client, ACK_EDITS);
    progress(`${size.label}: ${PAUSE_SAMPLES} edits after a ${PAUSE_MS} ms pause…`);
    afterPause = await measureAckAfterPause(client, PAUSE_SAMPLES, PAUSE_MS);
  } finally {
    await client.stop();
  }
  const peakRss = rss.takePhasePeak();

  progress(`${size.label}: sqlite3 reference…`);
  const integrity = timeSqliteCheck(path, 'integrity_check', SQLITE_RUNS);
  const quick = timeSqliteCheck(path, 'quick_check', SQLITE_RUNS);

  if (process.env.BENCH_KEEP !== '1') removeWorkspace(path);

  const openStall = maxStall([...openWithBackup.runs, ...openWithoutBackup.runs].map((r) => r.stall));
  const snapshotStall = maxStall(snapshot.runs.map((r) => r.stall));
  return {
    workspace: {
      file_bytes: fixture.file_bytes,
      file_mb: mb(fixture.file_bytes),
      rows: fixture.rows,
      seed: fixture.seed,
      create_ms: fixture.create_ms,
      fixture_process_peak_rss_mb: fixture.fixture_process_peak_rss_mb,
    },
    open_ms: openWithBackup.median_ms,
    open_backup_taken: openWithBackup.backup_taken_in_runs === openWithBackup.runs.length,
    open_runs: openWithBackup.runs,
    open_without_backup_ms: openWithoutBackup.median_ms,
    open_without_backup_runs: openWithoutBackup.runs,
    worker_start_ms: openWithBackup.worker_start_ms_median,
    open_steps_ms_in_process: fixture.open_steps_ms,
    snapshot_ms: snapshot.median_ms,
    snapshot_runs: snapshot.runs,
    ack_ms: { p50: ack.p50, p95: ack.p95, max: ack.max, n: ack.n },
    ack_slowest: ack.slowest,
    append_fsync_floor_ms: fsyncFloor,
    ack_after_pause_ms: afterPause,
    main_thread_max_stall_ms: { during_open: openStall, during_snapshot: snapshotStall, during_edits: ack.stall, idle_baseline: idleBaseline },
    load_average_after: loadAverage(),
    peak_rss_mb: mb(peakRss),
    sqlite3_open_integrity_ms: integrity.median_ms,
    sqlite3_open_integrity_runs_ms: integrity.runs_ms,
    sqlite3_open_quick_check_ms: quick.median_ms,
    ratio_open_to_sqlite3_integrity: round(openWithBackup.median_ms / integrity.median_ms),
    ratio_open_without_backup_to_sqlite3_integrity: round(openWithoutBackup.median_ms / integrity.median_ms),
  };
}

/** relationship runs inside customer_book on the imported book; alone (BENCH_ONLY=relationship), on a book sqlite3 writes. */
const SECTIONS = ['engine', 'customer_book', 'relationship', 'documents', 'programs'] as const;
type Section = (typeof SECTIONS)[number];

const ENGINE_METHOD = {
  open:
    `{op:'open'} through EngineClient into a fresh worker whose sql.js is already loaded; median of ${OPEN_RUNS}, closed in between. ` +
    "open_ms: the '<file>.backups/' folder is emptied before each run, so every run includes the backup-on-open copy " +
    '(first open in an hour). open_without_backup_ms: a backup younger than an hour exists, so none is taken.',
  snapshot: `one profile.update, then {op:'snapshot'}; median of ${SNAPSHOT_RUNS}.`,
  ack: `${ACK_EDITS} sequential profile.update calls, each timed from postMessage to its reply (journal append + fsync included); engine snapshot policy in force.`,
  ack_after_pause: `an edit, a ${PAUSE_MS} ms pause (the engine's idle snapshot starts at 2000 ms), then an edit timed like ack.`,
  main_thread_stall:
    'this (main) thread while the worker works: histogram_max_ms = max of monitorEventLoopDelay({resolution: 1}) ' +
    '(the longest interval between its 1 ms ticks); interval_max_lag_ms = longest extra delay of a 1 ms setInterval; ' +
    'active_ms = time the thread spent running callbacks (eventLoopUtilization), so a stall with little active time ' +
    `is CPU starvation, not work on this thread. idle_baseline: the same detectors over ${IDLE_BASELINE_MS} ms of nothing, just before. ` +
    'The target is judged on the worst of both detectors during the 100 MB open and snapshot runs.',
  append_fsync_floor: `${FSYNC_PROBES} appends of 400 bytes + fsync to a file next to the workspace, no engine: the floor under ack.`,
  peak_rss: 'process.memoryUsage().rss of this process (main thread + engine worker), sampled every 50 ms; fixtures are built in a child process and not counted.',
  sqlite3_reference: `wall time of \`sqlite3 -readonly FILE 'PRAGMA integrity_check'\` (process start included), median of ${SQLITE_RUNS}, same files, after the engine runs.`,
  open_steps_ms_in_process: 'the steps of an open timed one by one in the fixture process (sql.js on the main thread there), to show where open time goes.',
};

/** The engine section: open, snapshot, edit acknowledgement and main-thread stalls on a 1 MB and a 100 MB workspace. */
async function benchEngine(location: EngineLocation, rss: RssSampler) {
  const idle = await watchStalls(() => sleep(500));
  const results: Record<string, Awaited<ReturnType<typeof benchSize>>> = {};
  for (const size of SIZES) results[size.label] = await benchSize(location, size, rss);
  const large = results['100MB']!;
  const largeStall = Math.max(worst(large.main_thread_max_stall_ms.during_open), worst(large.main_thread_max_stall_ms.during_snapshot));
  const idleWorst = Math.max(worst(idle.stall), ...Object.values(results).map((r) => worst(r.main_thread_max_stall_ms.idle_baseline)));
  return {
    idle_main_thread_stall_ms: idle.stall,
    sizes: results,
    engine_peak_rss_mb: mb(rss.takePhasePeak()),
    main_thread_max_stall_ms: {
      during_100MB_open: large.main_thread_max_stall_ms.during_open,
      during_100MB_snapshot: large.main_thread_max_stall_ms.during_snapshot,
      idle_baseline_100MB: large.main_thread_max_stall_ms.idle_baseline,
    },
    targets: {
      ack_p95_under_20ms: Object.fromEntries(Object.entries(results).map(([label, r]) => [label, r.ack_ms.p95 < ACK_P95_TARGET_MS])),
      ack_p95_ms: Object.fromEntries(Object.entries(results).map(([label, r]) => [label, r.ack_ms.p95])),
      main_thread_stall_under_50ms: largeStall < STALL_TARGET_MS,
      main_thread_stall_worst_ms: round(largeStall),
      // the same detectors with nothing running: when this is near the target, the stall verdict is machine noise
      main_thread_stall_idle_baseline_worst_ms: round(idleWorst),
      main_thread_active_ms_during_100MB_open_and_snapshot: round(
        Math.max(large.main_thread_max_stall_ms.during_open.active_ms, large.main_thread_max_stall_ms.during_snapshot.active_ms),
      ),
    },
  };
}

async function main(): Promise<void> {
  const workerPath = join(REPO_ROOT, 'out/main/engine.js');
  if (!existsSync(workerPath)) throw new Error(`${workerPath} is missing: run \`npm run build\` (or \`npm run bench\`) first.`);
  if (!sqlite3Version()) throw new Error(`the sqlite3 command-line tool was not found at ${SQLITE3}`);
  mkdirSync(BENCH_DIR, { recursive: true });
  const engineLog: string[] = [];
  const location: EngineLocation = {
    workerPath,
    wasmPath: require.resolve('sql.js/dist/sql-wasm.wasm'),
    log: (message) => {
      engineLog.push(message);
      progress(`engine: ${message}`);
    },
  };

  const only = process.env.BENCH_ONLY ?? '';
  if (only !== '' && !(SECTIONS as readonly string[]).includes(only)) throw new Error(`BENCH_ONLY must be one of ${SECTIONS.join(', ')}, not "${only}"`);
  const sections: readonly Section[] = only === '' ? ['engine', 'customer_book'] : [only as Section];

  const startedAt = new Date();
  const loadAtStart = loadAverage();
  const rss = new RssSampler(50);
  const engine = sections.includes('engine') ? await benchEngine(location, rss) : null;
  let customerBook = null;
  if (sections.includes('customer_book')) {
    rss.takePhasePeak();
    customerBook = await benchCustomerBook({ benchDir: BENCH_DIR, location, rss, progress });
  }
  const relationship =
    sections.includes('relationship') && !sections.includes('customer_book')
      ? await benchRelationshipOnWrittenBook({ benchDir: BENCH_DIR, location, progress, customers: Number(process.env.BENCH_CUSTOMERS ?? 100_000), purchases: Number(process.env.BENCH_PURCHASES ?? 1_000_000) })
      : null;
  const documents = sections.includes('documents') ? (rss.takePhasePeak(), await benchDocuments({ benchDir: BENCH_DIR, location, rss, progress })) : null;
  const programs = sections.includes('programs') ? (rss.takePhasePeak(), await benchPrograms({ benchDir: BENCH_DIR, location, rss, progress })) : null;
  const peakRss = rss.overallPeak;
  rss.stop();

  const report = {
    benchmark: 'rapport-engine',
    sections,
    started_at: startedAt.toISOString(),
    duration_s: round((Date.now() - startedAt.getTime()) / 1000, 1),
    environment: {
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      cpus: cpus().length,
      cpu_model: cpus()[0]?.model ?? null,
      total_memory_mb: mb(totalmem()),
      sqlite3_cli: sqlite3Version(),
      sqljs: sqlJsVersion(),
      bench_dir: BENCH_DIR,
      load_average_at_start: loadAtStart,
      load_average_at_end: loadAverage(),
      ...gitFacts(),
    },
    method: {
      ...(engine ? ENGINE_METHOD : {}),
      ...(customerBook ? { customer_book: CUSTOMER_BOOK_METHOD } : {}),
      ...(relationship ? { relationship: RELATIONSHIP_METHOD } : {}),
      ...(documents ? { documents: DOCUMENTS_METHOD } : {}),
      ...(programs ? { programs: PROGRAMS_METHOD } : {}),
    },
    ...(engine ?? {}),
    ...(customerBook ? { customer_book: customerBook } : {}),
    ...(relationship ? { relationship } : {}),
    ...(documents ? { documents } : {}),
    ...(programs ? { programs } : {}),
    peak_rss_mb: mb(peakRss),
    engine_log: engineLog,
  };
  const json = `${JSON.stringify(report, null, 2)}\n`;
  process.stdout.write(json);
  // kept for comparing runs; stdout also carries npm's banner line
  writeFileSync(join(BENCH_DIR, 'last-run.json'), json);
  progress(`report saved to ${join(BENCH_DIR, 'last-run.json')}`);
}

main().catch((error: unknown) => {
  progress(`crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
