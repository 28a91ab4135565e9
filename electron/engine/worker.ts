/**
 * The engine worker: sql.js and every query and save run here, off the main thread, so the window never
 * freezes. Requests are handled strictly one after another.
 */
import { randomUUID } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import type { EventMap, EventName } from '../../shared/contract/events';
import { DEFAULT_SNAPSHOT_POLICY, Engine, type SnapshotPolicy } from './engine';
import type { EngineWorkerData, FromWorker, ToWorker } from './protocol';
import { setLockEngineIdentity } from './persistence/lock';
import { answerRequest } from './service';
import { loadSqlJs } from './sqlite';

const port = parentPort;
if (!port) throw new Error('engine worker must run in a worker thread');

const post = (message: FromWorker) => port.postMessage(message);
const log = (message: string) => post({ kind: 'log', message });
const emit = <E extends EventName>(event: E, payload: EventMap[E]) => post({ kind: 'event', event, payload });

const { wasmPath, cancelFlag, engineId, predecessors } = workerData as EngineWorkerData;
const cancel = new Int32Array(cancelFlag);
setLockEngineIdentity(engineId, predecessors);

// A promise nobody awaited (a background write) must not end the engine: the journal still holds every edit.
process.on('unhandledRejection', (reason) => log(`unhandled rejection in the engine: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`));
const engineReady = loadSqlJs(wasmPath).then(
  (SQL) =>
    new Engine(
      { SQL, now: () => new Date(), newId: randomUUID, log, cancelRequested: () => Atomics.exchange(cancel, 0, 0) === 1, previewsRequested: () => Atomics.load(cancel, 1) },
      emit,
      snapshotPolicyFromEnv(),
    ),
);

/** RAPPORT_SNAPSHOT_MAX_RECORDS lets the durability tests make snapshots frequent, so kills land inside them. */
function snapshotPolicyFromEnv(): SnapshotPolicy {
  const maxRecords = Number(process.env.RAPPORT_SNAPSHOT_MAX_RECORDS);
  return Number.isInteger(maxRecords) && maxRecords > 0 ? { ...DEFAULT_SNAPSHOT_POLICY, maxJournalRecords: maxRecords } : DEFAULT_SNAPSHOT_POLICY;
}

let queue: Promise<void> = Promise.resolve();
port.on('message', (message: ToWorker) => {
  // answerRequest never rejects, so one failed request can never stall the ones queued after it
  queue = queue.then(() => {
    if (message.request.op === 'crashForTest' && process.env.RAPPORT_ENGINE_TEST_HOOKS === '1') process.exit(70);
    return answerRequest(engineReady, message, post, log);
  });
});
