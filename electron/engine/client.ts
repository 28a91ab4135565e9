import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { EventMap, EventName } from '../../shared/contract/events';
import { type Result, fail } from '../../shared/contract/result';
import type { WorkspaceInfo, WorkspaceStatus } from '../../shared/domain/workspace';
import type { EngineRequest, EngineWorkerData, FromWorker, ToWorker } from './protocol';

export type EngineEventListener = (event: EventName, payload: unknown) => void;

/** More crashes than this within RESTART_WINDOW_MS and the engine is not restarted again (it would only crash again). */
const MAX_RESTARTS = 3;
const RESTART_WINDOW_MS = 60_000;

interface WorkerOptions {
  workerPath: string;
  wasmPath: string;
}

/**
 * The main process's handle on the engine worker: sends requests, matches replies, forwards events.
 *
 * If the worker dies (a crash, running out of memory, an exit in a handler), the request in flight answers
 * `internal` rather than hang, a new worker is started, the workspace that was open is opened again (its
 * journal replayed, so every acknowledged edit is back), and listeners get `engine.restarted`.
 */
export class EngineClient {
  private nextId = 1;
  private readonly pending = new Map<number, (result: Result<unknown>) => void>();
  private readonly listeners = new Set<EngineEventListener>();
  private deadReason: string | null = null;
  private stopping = false;
  private worker!: Worker;
  /** Names of this client's workers, the current one last: a replacement may take over the locks of the others. */
  private readonly engineIds: string[] = [];
  private readonly crashes: number[] = [];
  /** The workspace the engine holds, to reopen after a restart. */
  private openPath: string | null = null;
  /** Settles when the latest restart (and reopen) is done; tests and shutdown wait on it. */
  private restarting: Promise<void> = Promise.resolve();

  private constructor(
    private readonly options: WorkerOptions,
    private readonly log: (message: string) => void,
    private readonly cancelFlag: Int32Array,
  ) {
    this.spawn();
  }

  static start(options: WorkerOptions & { log?: (message: string) => void }): EngineClient {
    const cancelFlag = new Int32Array(new SharedArrayBuffer(8));
    return new EngineClient(options, options.log ?? ((message) => console.error(`[engine] ${message}`)), cancelFlag);
  }

  request<T = unknown>(request: EngineRequest): Promise<Result<T>> {
    if (this.deadReason) return Promise.resolve(fail('internal', 'The Rapport engine has stopped. Please restart Rapport.'));
    // counted before it is sent: the preview running now (or waiting) sees that a newer one is coming
    if (request.op === 'call' && request.channel === 'imports.preview') Atomics.add(this.cancelFlag, 1, 1);
    return this.send<T>(request).then((result) => {
      this.track(request, result);
      return result;
    });
  }

  /** Asks the job running in the engine (an import) to stop; it rolls back and answers `cancelled`. */
  cancelJob(): void {
    Atomics.store(this.cancelFlag, 0, 1);
  }

  onEvent(listener: EngineEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Closes the workspace (final snapshot, lock released), then ends the worker. */
  async stop(): Promise<void> {
    await this.restarting;
    if (!this.deadReason) await this.request({ op: 'close' });
    this.stopping = true;
    this.deadReason ??= 'stopped';
    await this.worker.terminate();
  }

  /**
   * Ends the worker thread as a crash would. For tests and the browser host's test signal only: nothing the
   * renderer can send reaches it.
   */
  async crashWorkerForTest(): Promise<void> {
    await this.worker.terminate();
  }

  /** Resolves once a restart under way (new worker, workspace reopened) is done. */
  async restarted(): Promise<void> {
    await this.restarting;
  }

  private spawn(): void {
    const engineId = randomUUID();
    const data: EngineWorkerData = {
      wasmPath: this.options.wasmPath,
      cancelFlag: this.cancelFlag.buffer as SharedArrayBuffer,
      engineId,
      predecessors: [...this.engineIds],
    };
    this.engineIds.push(engineId);
    const worker = new Worker(this.options.workerPath, { workerData: data });
    this.worker = worker;
    worker.on('message', (message: FromWorker) => this.receive(message));
    worker.on('error', (error) => this.lost(worker, `engine worker failed: ${error.stack ?? error.message}`));
    worker.on('exit', (code) => this.lost(worker, `engine worker exited with code ${code}`));
  }

  private send<T>(request: EngineRequest): Promise<Result<T>> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve as (result: Result<unknown>) => void);
      const message: ToWorker = { id, request };
      this.worker.postMessage(message);
    });
  }

  /** Which workspace the engine holds after a request, so a restart knows what to reopen. */
  private track(request: EngineRequest, result: Result<unknown>): void {
    if (request.op === 'open' || request.op === 'create' || request.op === 'createDemo') {
      // a failed open has closed the previous workspace too
      this.openPath = result.ok ? (result.value as WorkspaceInfo).path : null;
    } else if (request.op === 'close' && result.ok) {
      this.openPath = null;
    }
  }

  private receive(message: FromWorker): void {
    if (message.kind === 'reply') {
      const resolve = this.pending.get(message.id);
      this.pending.delete(message.id);
      resolve?.(message.result);
    } else if (message.kind === 'event') {
      for (const listener of this.listeners) listener(message.event, message.payload);
    } else {
      this.log(message.message);
    }
  }

  /** Events the client itself raises (the restart), typed against the contract. */
  private notify<E extends EventName>(event: E, payload: EventMap[E]): void {
    for (const listener of this.listeners) listener(event, payload);
  }

  /** The worker is gone: answer what was in flight, then start a new one unless stopping or crashing in a loop. */
  private lost(worker: Worker, reason: string): void {
    if (worker !== this.worker || this.deadReason) return;
    this.log(reason);
    const inFlight = [...this.pending.values()];
    this.pending.clear();
    for (const resolve of inFlight) {
      resolve(fail('internal', 'Rapport’s engine stopped while doing this and was restarted. Edits confirmed as saved are intact; please check and try again.'));
    }
    if (this.stopping) return;
    const now = Date.now();
    this.crashes.push(now);
    while (this.crashes.length > 0 && now - this.crashes[0]! > RESTART_WINDOW_MS) this.crashes.shift();
    if (this.crashes.length > MAX_RESTARTS) {
      this.deadReason = reason;
      this.log('engine worker keeps stopping; not restarting it again');
      this.notify('engine.restarted', { restarted: false, reopened: null, error: 'The Rapport engine keeps stopping. Please restart Rapport.' });
      return;
    }
    this.spawn();
    this.restarting = this.reopen();
  }

  private async reopen(): Promise<void> {
    const path = this.openPath;
    if (!path) {
      this.notify('engine.restarted', { restarted: true, reopened: null, error: null });
      return;
    }
    // sent before anything else can be, so the workspace is open again before the next call is served
    const result = await this.request<WorkspaceInfo>({ op: 'open', path });
    if (result.ok) {
      this.log(`engine restarted; reopened ${result.value.fileName}`);
      this.notify('workspace.switched', result.value satisfies WorkspaceStatus);
      this.notify('engine.restarted', { restarted: true, reopened: result.value.fileName, error: null });
    } else {
      this.log(`engine restarted; reopening failed: ${result.error.message}`);
      this.notify('workspace.switched', { open: false } satisfies WorkspaceStatus);
      this.notify('engine.restarted', { restarted: true, reopened: null, error: result.error.message });
    }
  }
}
