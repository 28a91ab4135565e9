import { defaultProfile } from '../../shared/domain/profile';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ImportPreview, ImportResult } from '../../shared/domain/import';
import { journalPathFor } from '../../electron/engine/persistence/journal';
import { startHost } from '../../tests/support/host';
import type { EngineClient } from '../../electron/engine/client';
import { customerCsv } from './customer-csv';
import { BenchFailure, type EngineLocation, must, startWarmClient } from './engine-runs';
import { purchaseCsv } from './purchase-csv';
import {
  CAPTURE_RUNS, CAPTURE_TARGET_MS, FIRST_ROW, GRID_RUNS, LIST_RUNS, MIXED_CURRENCIES,
  measureCapture, measureGrid, measureList, measureUndo, mixedCurrencyCopy, totalSpentSort,
} from './book-over-host';
import { removeWorkspace } from './fixtures';
import { RELATIONSHIP_METHOD, benchRelationship } from './relationship';
import { type RssSampler, loadAverage, mb, round, timed, watchStalls } from './measure';
import { timeSqliteImport } from './sqlite-reference';
import { timeSqljsImport } from './sqljs-reference';

/**
 * The customer book (issue 3, "Tests and figures"): importing 100,000 customers through the engine worker beside
 * the sqlite3 tool's `.import` of the same file, `customers.list` over the browser host's RPC, and the time until
 * the first grid rows are visible in Chromium.
 */

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 100_000);
const CSV_SEED = 2024;
/** 1,000,000 purchases (about 10 per customer), the size the issue names; BENCH_PURCHASES=N for a quicker run. */
const PURCHASES_DEFAULT = 1_000_000;
const PURCHASES_DEFAULT_REASON = 'the issue names 1,000,000 purchases; BENCH_PURCHASES=N for a quicker run';
const PURCHASES = Number(process.env.BENCH_PURCHASES ?? PURCHASES_DEFAULT);
const PURCHASES_SEED = 2025;
const SQLITE_RUNS = 3;
const IMPORT_RATIO_TARGET = 3;
const GRID_TARGET_MS = 1500;

const BENCH_PROFILE = { ...defaultProfile('Bench'), country: 'DK', currency: 'DKK', language: 'en', grossMarginPercent: 40 } as const;

export interface CustomerBookOptions {
  benchDir: string;
  location: EngineLocation;
  rss: RssSampler;
  progress: (message: string) => void;
}

interface PurchasesFile {
  path: string;
  bytes: Buffer;
}

/**
 * The purchases file imported into the customer workspace, on the same worker, before it is closed: preview, then
 * run; every row names an existing customer by email, so every row must be booked.
 */
async function importPurchases(options: CustomerBookOptions, client: EngineClient, workspacePath: string, file: PurchasesFile) {
  const { rss, progress } = options;
  const payload = { fileName: `purchases-${PURCHASES}.csv`, dataBase64: file.bytes.toString('base64') };
  const journalBefore = journalSize(workspacePath);
  rss.takePhasePeak();
  progress(`customer_book: purchases imports.preview of ${PURCHASES} rows…`);
  const previewRun = await watchStalls(() => must<ImportPreview>(client, { op: 'call', channel: 'imports.preview', payload }));
  const preview = previewRun.value;
  const previewPeak = rss.takePhasePeak();
  progress(`customer_book: purchases preview ${round(previewRun.ms / 1000)} s (${JSON.stringify(preview.counts)}); imports.run…`);
  const importRun = await watchStalls(() => must<ImportResult>(client, { op: 'call', channel: 'imports.run', payload }));
  const result = importRun.value;
  const runPeak = rss.takePhasePeak();
  const journalAfter = journalSize(workspacePath);
  progress(`customer_book: purchases run ${round(importRun.ms / 1000)} s (${JSON.stringify({ ...result, importId: undefined })})`);
  if (preview.kind !== 'purchases') throw new BenchFailure(`the purchases file was taken as a ${preview.kind} file (mapping ${JSON.stringify(preview.mapping)})`);
  if (result.created !== PURCHASES) {
    throw new BenchFailure(
      `the purchases import booked ${result.created} purchases, not ${PURCHASES} (updated ${result.updated}, merged ${result.merged}, skipped ${result.skipped}, failed ${result.failed}); ` +
        `first rows not booked: ${JSON.stringify(preview.rows.filter((r) => r.action !== 'create').slice(0, 3))}`,
    );
  }
  const newCustomers = preview.rows.filter((r) => r.action === 'create' && !r.matchId).length;
  if (newCustomers > 0) throw new BenchFailure(`${newCustomers} purchase rows named no existing customer; every email should be a customer's`);
  return {
    ...importFigures(PURCHASES, previewRun.ms, importRun.ms, result),
    preview_kind: preview.kind,
    preview_mapping: preview.mapping,
    preview_plan_rows: preview.rows.length,
    journal_bytes_before: journalBefore,
    journal_bytes_after_run: journalAfter,
    journal_mb_after_run: mb(journalAfter),
    journal_mb_added_by_run: mb(Math.max(0, journalAfter - journalBefore)),
    peak_rss_mb: { preview: mb(previewPeak), run: mb(runPeak) },
    main_thread_max_stall_ms: { during_preview: previewRun.stall, during_run: importRun.stall },
    base64_mb: mb(payload.dataBase64.length),
  };
}

function journalSize(workspacePath: string): number {
  try {
    return statSync(journalPathFor(workspacePath)).size;
  } catch {
    return 0; // a snapshot already folded it
  }
}

async function importThroughEngine(options: CustomerBookOptions, csvPath: string, csvBytes: Buffer, workspacePath: string, purchasesFile: PurchasesFile) {
  const { location, rss, progress } = options;
  removeWorkspace(workspacePath);
  const payload = { fileName: 'customers-100k.csv', dataBase64: csvBytes.toString('base64') };
  const { client, start_ms } = await startWarmClient(location);
  let preview: ImportPreview;
  let result: ImportResult;
  let previewRun;
  let importRun;
  let create_ms;
  let journalBytes = 0;
  let close_ms;
  try {
    create_ms = (await timed(() => must(client, { op: 'create', path: workspacePath, profile: BENCH_PROFILE }))).ms;
    rss.takePhasePeak();
    progress(`customer_book: imports.preview of ${CUSTOMERS} rows…`);
    previewRun = await watchStalls(() => must<ImportPreview>(client, { op: 'call', channel: 'imports.preview', payload }));
    preview = previewRun.value;
    const previewPeak = rss.takePhasePeak();
    progress(`customer_book: preview ${round(previewRun.ms / 1000)} s; imports.run…`);
    importRun = await watchStalls(() => must<ImportResult>(client, { op: 'call', channel: 'imports.run', payload }));
    result = importRun.value;
    const runPeak = rss.takePhasePeak();
    try {
      journalBytes = statSync(journalPathFor(workspacePath)).size;
    } catch {
      journalBytes = 0; // a snapshot already folded it
    }
    progress(`customer_book: run ${round(importRun.ms / 1000)} s (${JSON.stringify({ ...result, importId: undefined })})`);
    if (result.created !== CUSTOMERS) {
      throw new BenchFailure(
        `the import created ${result.created} customers, not ${CUSTOMERS} (updated ${result.updated}, merged ${result.merged}, skipped ${result.skipped}, failed ${result.failed}); ` +
          `first rows not created: ${JSON.stringify(preview.rows.filter((r) => r.action !== 'create').slice(0, 3))}`,
      );
    }
    const purchases = await importPurchases(options, client, workspacePath, purchasesFile);
    progress('customer_book: closing…');
    close_ms = (await timed(() => client.stop())).ms;
    const closePeak = rss.takePhasePeak();
    return {
      purchases,
      worker_start_ms: start_ms,
      create_workspace_ms: round(create_ms),
      ...importFigures(CUSTOMERS, previewRun.ms, importRun.ms, result),
      preview_format: preview.format?.id ?? null,
      preview_encoding: preview.encoding,
      preview_mapping: preview.mapping,
      preview_plan_rows: preview.rows.length,
      journal_bytes_after_run: journalBytes,
      journal_mb_after_run: mb(journalBytes),
      // the close comes after the purchases import too: it folds customers and purchases into the file
      close_with_final_snapshot_ms: round(close_ms),
      workspace_file_mb: mb(statSync(workspacePath).size),
      peak_rss_mb: { preview: mb(previewPeak), run: mb(runPeak), close: mb(closePeak) },
      main_thread_max_stall_ms: { during_preview: previewRun.stall, during_run: importRun.stall },
      csv: { path: csvPath, bytes: csvBytes.length, mb: mb(csvBytes.length), base64_mb: mb(payload.dataBase64.length) },
    };
  } catch (error) {
    await client.stop().catch(() => undefined);
    throw error;
  }
}

/** Seconds and rows per second of a preview and a run of `rows` rows, and what the run reported. */
function importFigures(rows: number, previewMs: number, runMs: number, result: ImportResult) {
  return {
    preview_s: round(previewMs / 1000),
    run_s: round(runMs / 1000),
    preview_plus_run_s: round((previewMs + runMs) / 1000),
    import_id: result.importId,
    rows_per_s: Math.round(rows / (runMs / 1000)),
    rows_per_s_preview_plus_run: Math.round(rows / ((previewMs + runMs) / 1000)),
    created: result.created,
    counts: { updated: result.updated, merged: result.merged, skipped: result.skipped, failed: result.failed },
  };
}

export async function benchCustomerBook(options: CustomerBookOptions) {
  const { benchDir, progress } = options;
  const folder = join(benchDir, 'customer-book');
  mkdirSync(folder, { recursive: true });

  progress(`customer_book: generating ${CUSTOMERS} customers (seed ${CSV_SEED})…`);
  const generated = await timed(async () => customerCsv(CUSTOMERS, CSV_SEED));
  const csvPath = join(folder, `customers-${CUSTOMERS}.csv`);
  const csvBytes = Buffer.from(generated.value.text, 'utf8');
  writeFileSync(csvPath, csvBytes);

  progress(`customer_book: generating ${PURCHASES} purchases on those customers (seed ${PURCHASES_SEED})…`);
  const purchasesGenerated = await timed(async () => purchaseCsv(generated.value.emails, PURCHASES, PURCHASES_SEED));
  const purchasesPath = join(folder, `purchases-${PURCHASES}.csv`);
  const purchasesBytes = Buffer.from(purchasesGenerated.value.text, 'utf8');
  purchasesGenerated.value.text = ''; // the bytes are what is sent; let the string go
  writeFileSync(purchasesPath, purchasesBytes);

  const workspacePath = join(folder, `customers-${CUSTOMERS}.rapport`);
  const engine = await importThroughEngine(options, csvPath, csvBytes, workspacePath, { path: purchasesPath, bytes: purchasesBytes });

  progress(`customer_book: sqlite3 .import ×${SQLITE_RUNS}…`);
  const sqlite = timeSqliteImport(csvPath, join(folder, 'sqlite3-import.db'), CUSTOMERS, SQLITE_RUNS);
  progress(`customer_book: sqlite3 .import of the purchases ×${SQLITE_RUNS}…`);
  const sqlitePurchases = timeSqliteImport(purchasesPath, join(folder, 'sqlite3-purchases.db'), PURCHASES, SQLITE_RUNS, 'purchases');
  progress(`customer_book: sql.js plain import of both files ×${SQLITE_RUNS} (the engine's floor)…`);
  const sqljs = await timeSqljsImport(options.location.wasmPath, csvPath, join(folder, 'sqljs-import.db'), CUSTOMERS, SQLITE_RUNS);
  const sqljsPurchases = await timeSqljsImport(options.location.wasmPath, purchasesPath, join(folder, 'sqljs-purchases.db'), PURCHASES, SQLITE_RUNS);

  progress(`customer_book: a copy of the book with its purchases in ${MIXED_CURRENCIES.join(', ')} (sqlite3)…`);
  const mixedPath = join(folder, `customers-${CUSTOMERS}-four-currencies.rapport`);
  mixedCurrencyCopy(workspacePath, mixedPath);

  // before the host: its last step undoes the imports and empties the book
  const relationship = await benchRelationship({ workspacePath, location: options.location, progress });

  progress('customer_book: starting the browser host on the imported workspace…');
  const hostDir = mkdtempSync(join(folder, 'host-'));
  const hostStart = performance.now();
  const host = await startHost({ workspace: workspacePath, dir: hostDir });
  const host_start_ms = round(performance.now() - hostStart);
  let list;
  let grid;
  let capture;
  let undo;
  try {
    list = await measureList(host, CUSTOMERS, progress);
    grid = await measureGrid(host, progress);
    capture = await measureCapture(host, progress); // it adds leads to the book
    undo = await measureUndo(host, CUSTOMERS, engine.purchases.import_id, engine.import_id, progress); // last: it empties the book
  } finally {
    await host.stop();
    rmSync(hostDir, { recursive: true, force: true });
  }

  progress('customer_book: sort by total spent over the four-currency copy…');
  const mixedHostDir = mkdtempSync(join(folder, 'host-'));
  const mixedHost = await startHost({ workspace: mixedPath, dir: mixedHostDir });
  let mixedSort;
  try {
    mixedSort = await totalSpentSort(mixedHost);
    const page = await mixedHost.rpc('customers.list', { offset: 0, limit: 1, sort: [{ field: 'totalMinor', direction: 'desc' }] });
    const top = (page.body as { value?: { rows: Array<{ spentByCurrency: Array<{ currency: string }> }> } }).value?.rows[0];
    if (!top || top.spentByCurrency.length < 2) throw new BenchFailure(`the four-currency copy's best customer bought in ${JSON.stringify(top?.spentByCurrency)}`);
  } finally {
    await mixedHost.stop();
    rmSync(mixedHostDir, { recursive: true, force: true });
    removeWorkspace(mixedPath);
  }

  if (process.env.BENCH_KEEP !== '1') {
    removeWorkspace(workspacePath);
    rmSync(csvPath, { force: true });
    rmSync(purchasesPath, { force: true });
  }

  const sqliteS = sqlite.median_ms / 1000;
  const ratioRun = round(engine.run_s / sqliteS);
  const sqlitePurchasesS = sqlitePurchases.median_ms / 1000;
  const purchases = engine.purchases;
  const ratioPurchases = round(purchases.run_s / sqlitePurchasesS);
  return {
    customers: CUSTOMERS,
    csv: { ...engine.csv, seed: CSV_SEED, generate_ms: round(generated.ms, 0), columns: 'First Name,Last Name,Email,Phone,Company,City,Country,Tags' },
    import_customers: { ...engine, csv: undefined, purchases: undefined },
    sqlite3_import: {
      median_s: round(sqliteS, 3),
      runs_ms: sqlite.runs_ms,
      rows_per_s: Math.round(CUSTOMERS / sqliteS),
      database_mb: mb(sqlite.file_bytes),
    },
    ratio_run_to_sqlite3: ratioRun,
    ratio_preview_plus_run_to_sqlite3: round(engine.preview_plus_run_s / sqliteS),
    sqljs_plain_import: floorFigures(sqljs, CUSTOMERS, sqliteS, engine),
    import_purchases: {
      rows: PURCHASES,
      rows_default: PURCHASES_DEFAULT,
      rows_default_reason: PURCHASES_DEFAULT_REASON,
      csv: {
        path: purchasesPath,
        bytes: purchasesBytes.length,
        mb: mb(purchasesBytes.length),
        base64_mb: purchases.base64_mb,
        seed: PURCHASES_SEED,
        generate_ms: round(purchasesGenerated.ms, 0),
        columns: 'Date,Email,Amount,Product,Order',
        customers_named: CUSTOMERS,
        purchases_per_customer: round(PURCHASES / CUSTOMERS, 2),
      },
      ...purchases,
      base64_mb: undefined,
      sqlite3_import: {
        median_s: round(sqlitePurchasesS, 3),
        runs_ms: sqlitePurchases.runs_ms,
        rows_per_s: Math.round(PURCHASES / sqlitePurchasesS),
        database_mb: mb(sqlitePurchases.file_bytes),
      },
      ratio_run_to_sqlite3: ratioPurchases,
      ratio_preview_plus_run_to_sqlite3: round(purchases.preview_plus_run_s / sqlitePurchasesS),
      sqljs_plain_import: floorFigures(sqljsPurchases, PURCHASES, sqlitePurchasesS, purchases),
    },
    customers_list_rpc: { host_start_with_workspace_ms: host_start_ms, ...list },
    /** The conversion cost: the same sort over the same book with its purchases in four currencies (converted in SQL). */
    sort_by_total_spent_four_currencies: {
      currencies: MIXED_CURRENCIES,
      ...mixedSort,
      one_currency_median_ms: list.sort_by_total_spent_one_currency.median_ms,
      ratio_to_one_currency: round(mixedSort.median_ms / list.sort_by_total_spent_one_currency.median_ms),
    },
    trade_fair_capture_rpc: capture,
    relationship,
    undo_imports_rpc: undo,
    grid_first_rows: {
      ...grid,
      straight_to_customers: { measured: false, reason: 'the app has no address or setting that opens on the Customers screen; it always starts on the dashboard' },
    },
    load_average_after: loadAverage(),
    targets: {
      import_within_3x_of_sqlite3: ratioRun <= IMPORT_RATIO_TARGET,
      import_ratio: ratioRun,
      purchases_import_within_3x_of_sqlite3: ratioPurchases <= IMPORT_RATIO_TARGET,
      purchases_import_ratio: ratioPurchases,
      grid_first_rows_under_1500ms: grid.click_to_first_row_ms < GRID_TARGET_MS,
      grid_first_rows_ms: grid.click_to_first_row_ms,
      capture_save_p95_under_100ms: capture.save_under_100ms,
      capture_save_p95_ms: capture.save_ms.p95,
    },
  };
}

/** The sql.js floor beside sqlite3 and beside Rapport's import of the same file. */
function floorFigures(floor: { median_ms: number; runs_ms: number[]; file_bytes: number }, rows: number, sqliteS: number, rapport: { run_s: number; preview_plus_run_s: number }) {
  const floorS = floor.median_ms / 1000;
  return {
    median_s: round(floorS, 3),
    runs_ms: floor.runs_ms,
    rows_per_s: Math.round(rows / floorS),
    database_mb: mb(floor.file_bytes),
    ratio_to_sqlite3: round(floorS / sqliteS),
    ratio_rapport_run_to_it: round(rapport.run_s / floorS),
    ratio_rapport_preview_plus_run_to_it: round(rapport.preview_plus_run_s / floorS),
  };
}

export const CUSTOMER_BOOK_METHOD = {
  csv: `${CUSTOMERS} generated customers (scripts/bench/customer-csv.ts, seeded), UTF-8 with CRLF, Danish/Czech/Norwegian names and places; every row is a distinct person to Rapport's matching (email, phone, name+company), so all must be created.`,
  import:
    "a fresh worker (sql.js loaded), {op:'create'} a workspace, then {op:'call'} imports.preview and imports.run with the same {fileName, dataBase64}; " +
    'each timed from postMessage to reply. The run reuses the plan the preview made (same request, nothing changed in between, as in the wizard), so run_s is the writing: inserts, undo records and the save before the acknowledgement (an import too big for the journal writes the whole workspace file). ' +
    'rows_per_s = customers / run_s. close_with_final_snapshot_ms: {op:close} after the import, folding the journal into the file. peak_rss_mb: process RSS (main thread + worker) sampled every 50 ms, per phase.',
  purchases_import: `${PURCHASES} generated purchases (scripts/bench/purchase-csv.ts, seeded; BENCH_PURCHASES overrides) with the header Date,Email,Amount,Product,Order, CRLF, dates over 2023-2024 in order, amounts like 129.50, 12 products, rising order numbers; each row's email is one of the imported customers' (lower case), about ${round(PURCHASES / CUSTOMERS, 1)} per customer, so every row must be booked on an existing customer. ` +
    'Imported into the customer workspace on the same worker after the customer import, before the close: imports.preview then imports.run with the same {fileName, dataBase64} (the run reuses the preview plan when nothing changed in between); ' +
    `journal sizes are of <workspace>.journal before and after the run. Reference: \`sqlite3 NEW.db\` .import --csv of the same file into a fresh table purchases, median of ${SQLITE_RUNS}; ratio_run_to_sqlite3 is judged against the 3x target.`,
  sqlite3_import: `\`sqlite3 NEW.db\` with \`.import --csv CSV customers\` on stdin (table made from the header, no indexes, one transaction), process start included, a fresh file each run, median of ${SQLITE_RUNS}; the row count is checked afterwards.`,
  ratio: `ratio_run_to_sqlite3 = imports.run / sqlite3 .import; the target (within ${IMPORT_RATIO_TARGET}x) is judged on it. ratio_preview_plus_run_to_sqlite3 adds the preview the wizard shows first.`,
  sqljs_plain_import: `the engine's floor, measured in the bench process with the same sql.js build: read the CSV, papaparse it, CREATE TABLE from the header (TEXT columns, no indexes), one prepared INSERT per row in one transaction, export, write + fsync; median of ${SQLITE_RUNS}. ratio_to_sqlite3 is how far sql.js alone is from the sqlite3 tool; ratio_rapport_run_to_it is what Rapport adds (matching keys, validation, indexes for search and facts, undo records).`,
  customers_list_rpc: `the built browser host (out/main/host.js) on the imported workspace; POST /rpc customers.list timed until the whole response body is read, after one warm-up call; median of ${LIST_RUNS} (one call for all rows). The engine keeps the order of the last search or facts sort until the workspace changes: *_first_page are five different searches (sø, ha, an, er, ol) or five different facts sorts, one call each, so nothing is kept between them; *_next_page is the page at offset 200 of the last of them, ${LIST_RUNS} times (what scrolling costs).`,
  undo_imports_rpc: 'last, on the same host: imports.undo of the purchases import, then of the customers import (POST /rpc until the body is read); then only the trade-fair leads may be left.',
  trade_fair_capture_rpc: `after the grid figures, on the same host and 100,000-customer workspace: ${CAPTURE_RUNS} visitors, each one customers.findMatches (the duplicate check the form makes while typing) then capture.save (Enter), POST /rpc timed until the body is read; p50/p95/max. The target (save p95 under ${CAPTURE_TARGET_MS} ms) reads the issue's "well under a tenth of a second".`,
  relationship: RELATIONSHIP_METHOD,
  grid_first_rows: `Chromium via playwright-core on the host URL; after the sidebar (nav "Sections") shows, from clicking "Customers" until the first ${FIRST_ROW} is visible with text; median of ${GRID_RUNS}, page reloaded between runs. Includes Playwright's round trips (a few ms).`,
};
