import { readdirSync, rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { EngineChannel } from '../../shared/contract/channels';
import type { Result } from '../../shared/contract/result';
import { backupFolderFor } from '../../electron/engine/persistence/backups';
import { EngineClient } from '../../electron/engine/client';
import type { EngineRequest } from '../../electron/engine/protocol';
import { type StallReading, type Summary, median, round, sleep, slowest, summarize, timed, watchStalls } from './measure';

/** Measurements through the real engine worker (out/main/engine.js), driven like the app's main process. */

export interface EngineLocation {
  workerPath: string;
  wasmPath: string;
  log: (message: string) => void;
}

export class BenchFailure extends Error {}

/** Sends a request and insists on an ok envelope: a benchmark of failing requests would measure nothing. */
export async function must<T = unknown>(client: EngineClient, request: EngineRequest): Promise<T> {
  const result: Result<unknown> = await client.request(request);
  if (!result.ok) throw new BenchFailure(`${request.op} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

/** A fresh worker with sql.js loaded (the `status` round trip waits for the wasm), so `open` is timed alone. */
export async function startWarmClient(location: EngineLocation): Promise<{ client: EngineClient; start_ms: number }> {
  const { ms, value: client } = await timed(async () => {
    const client = EngineClient.start(location);
    await must(client, { op: 'status' });
    return client;
  });
  return { client, start_ms: round(ms) };
}

function backupNames(path: string): string[] {
  try {
    return readdirSync(backupFolderFor(path)).filter((name) => name.endsWith('.rapport'));
  } catch {
    return [];
  }
}

export interface OpenRun {
  ms: number;
  backup_taken: boolean;
  stall: StallReading;
}

export interface OpenResult {
  median_ms: number;
  runs: OpenRun[];
  backup_taken_in_runs: number;
  worker_start_ms_median: number;
}

/**
 * Times `{op:'open'}` `runs` times, each in a fresh warm worker, closing in between. With `clearBackups` the
 * `<file>.backups/` folder is emptied before each run, so every open takes its backup-on-open (the first open
 * in an hour); without, a backup younger than an hour exists and the open skips it.
 */
export async function measureOpen(location: EngineLocation, path: string, runs: number, clearBackups: boolean): Promise<OpenResult> {
  const results: OpenRun[] = [];
  const starts: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (clearBackups) rmSync(backupFolderFor(path), { recursive: true, force: true });
    const before = new Set(backupNames(path));
    const { client, start_ms } = await startWarmClient(location);
    starts.push(start_ms);
    try {
      const { ms, stall } = await watchStalls(() => must(client, { op: 'open', path }));
      const backup_taken = backupNames(path).some((name) => !before.has(name));
      results.push({ ms: round(ms), backup_taken, stall });
    } finally {
      await client.stop();
    }
  }
  return {
    median_ms: round(median(results.map((r) => r.ms))),
    runs: results,
    backup_taken_in_runs: results.filter((r) => r.backup_taken).length,
    worker_start_ms_median: round(median(starts)),
  };
}

let editCounter = 0;

const PROFILE_UPDATE: EngineChannel = 'profile.update';

/** One journaled, fsync'd mutation: the business name changes every time, so it is never a no-op. */
export function edit(client: EngineClient): Promise<unknown> {
  editCounter += 1;
  return must(client, { op: 'call', channel: PROFILE_UPDATE, payload: { name: `Benchmark Bakery ${editCounter}` } });
}

export interface SnapshotResult {
  median_ms: number;
  runs: Array<{ ms: number; stall: StallReading }>;
}

/** One edit, then `{op:'snapshot'}` (export the whole database, write it atomically, empty the journal). */
export async function measureSnapshot(client: EngineClient, runs: number): Promise<SnapshotResult> {
  const results: SnapshotResult['runs'] = [];
  for (let i = 0; i < runs; i++) {
    await edit(client);
    const { ms, stall } = await watchStalls(() => must(client, { op: 'snapshot' }));
    results.push({ ms: round(ms), stall });
  }
  return { median_ms: round(median(results.map((r) => r.ms))), runs: results };
}

/**
 * `n` sequential edits, each timed from postMessage to its reply. The engine's own snapshot policy stays in
 * force (idle 2 s, or 8 MB / 2000 records of journal), so a snapshot it decides to run is part of the figure.
 */
export async function measureAck(
  client: EngineClient,
  n: number,
): Promise<Summary & { stall: StallReading; slowest: Array<{ index: number; ms: number }> }> {
  const samples: number[] = [];
  const { stall } = await watchStalls(async () => {
    for (let i = 0; i < n; i++) {
      const start = performance.now();
      await edit(client);
      samples.push(performance.now() - start);
    }
  });
  return { ...summarize(samples), stall, slowest: slowest(samples, 5) };
}

/**
 * The edit a user makes right after pausing: the idle snapshot (2 s after the last edit) is running in the
 * worker, and the edit waits behind it. Each sample pauses `pauseMs`, then edits once.
 */
export async function measureAckAfterPause(client: EngineClient, samples: number, pauseMs: number): Promise<{ pause_ms: number; samples_ms: number[] }> {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    await edit(client);
    await sleep(pauseMs);
    const { ms } = await timed(() => edit(client));
    times.push(round(ms));
  }
  return { pause_ms: pauseMs, samples_ms: times };
}
