import { Worker } from 'node:worker_threads';
import type { EventName } from '../../shared/contract/events';
import { type Result, fail } from '../../shared/contract/result';
import type { EngineRequest, EngineWorkerData, FromWorker, ToWorker } from './protocol';

export type EngineEventListener = (event: EventName, payload: unknown) => void;

/**
 * The main process's handle on the engine worker: sends requests, matches replies, forwards events.
 * If the worker dies, pending and later requests answer `internal` rather than hang.
 */
export class EngineClient {
  private nextId = 1;
  private readonly pending = new Map<number, (result: Result<unknown>) => void>();
  private readonly listeners = new Set<EngineEventListener>();
  private deadReason: string | null = null;

  private constructor(
    private readonly worker: Worker,
    private readonly log: (message: string) => void,
    private readonly cancelFlag: Int32Array,
  ) {
    worker.on('message', (message: FromWorker) => this.receive(message));
    worker.on('error', (error) => this.die(`engine worker failed: ${error.stack ?? error.message}`));
    worker.on('exit', (code) => this.die(`engine worker exited with code ${code}`));
  }

  static start(options: { workerPath: string; wasmPath: string; log?: (message: string) => void }): EngineClient {
    const cancelFlag = new SharedArrayBuffer(8);
    const data: EngineWorkerData = { wasmPath: options.wasmPath, cancelFlag };
    const worker = new Worker(options.workerPath, { workerData: data });
    return new EngineClient(worker, options.log ?? ((message) => console.error(`[engine] ${message}`)), new Int32Array(cancelFlag));
  }

  request<T = unknown>(request: EngineRequest): Promise<Result<T>> {
    if (this.deadReason) return Promise.resolve(fail('internal', 'The Rapport engine has stopped. Please restart Rapport.'));
    const id = this.nextId++;
    // counted before it is sent: the preview running now (or waiting) sees that a newer one is coming
    if (request.op === 'call' && request.channel === 'imports.preview') Atomics.add(this.cancelFlag, 1, 1);
    return new Promise((resolve) => {
      this.pending.set(id, resolve as (result: Result<unknown>) => void);
      const message: ToWorker = { id, request };
      this.worker.postMessage(message);
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
    if (!this.deadReason) await this.request({ op: 'close' });
    this.deadReason ??= 'stopped';
    await this.worker.terminate();
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

  private die(reason: string): void {
    if (this.deadReason) return;
    this.deadReason = reason;
    this.log(reason);
    for (const resolve of this.pending.values()) resolve(fail('internal', 'The Rapport engine stopped unexpectedly. Please restart Rapport.'));
    this.pending.clear();
  }
}
