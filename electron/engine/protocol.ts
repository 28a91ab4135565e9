import type { EngineChannel, FileChannel } from '../../shared/contract/channels';
import type { EventName } from '../../shared/contract/events';
import type { Result } from '../../shared/contract/result';
import type { Profile } from '../../shared/domain/profile';

/** Messages between the main process (EngineClient) and the engine worker. */
export type EngineRequest =
  | { op: 'open'; path: string }
  | { op: 'create'; path: string; profile: Profile }
  /** Creates the demo workspace (a generated coffee roaster) at path; seed and size default to the demo's. */
  | { op: 'createDemo'; path: string; seed?: number; customers?: number }
  | { op: 'close' }
  | { op: 'status' }
  | { op: 'call'; channel: EngineChannel; payload: unknown }
  | { op: 'saveCopy'; path: string }
  /** The name a file channel's producer suggests for the save dialog (electron/engine/files/). */
  | { op: 'suggestFileName'; channel: FileChannel; payload: unknown }
  /**
   * Produces a file channel's file at path (chosen in main, never by the renderer) and writes it durably. Files are
   * made in the worker: reading 100,000 customers must not stall the main thread.
   */
  | { op: 'produceFile'; channel: FileChannel; path: string; payload: unknown }
  | { op: 'snapshot' }
  /**
   * Ends the worker from inside a handler, as a crash would. Only with RAPPORT_ENGINE_TEST_HOOKS=1 in the
   * environment (tests); the renderer cannot send worker ops at all, only channels the session forwards.
   */
  | { op: 'crashForTest' };

export type ToWorker = { id: number; request: EngineRequest };

export type FromWorker =
  | { kind: 'reply'; id: number; result: Result<unknown> }
  | { kind: 'event'; event: EventName; payload: unknown }
  | { kind: 'log'; message: string };

export interface EngineWorkerData {
  wasmPath: string;
  /**
   * Two Int32s. [0]: the main thread sets it to ask the running job to stop. [1]: how many import previews the
   * main thread has sent; a preview that is no longer the newest stops (one preview at a time: each holds a
   * whole file's plan in memory). A long job runs synchronously in the worker, so a message could not reach
   * it; shared memory can.
   */
  cancelFlag: SharedArrayBuffer;
  /** This worker's name in lock files, and the names of the workers it replaces (their locks are stale). */
  engineId: string;
  predecessors: string[];
}
