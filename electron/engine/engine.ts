import { mkdirSync } from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import { type Channel, type EngineChannel, type FileChannel, contract } from '../../shared/contract/channels';
import type { EventMap, EventName } from '../../shared/contract/events';
import { RapportFailure, isFileSystemError } from '../../shared/contract/result';
import type { Profile } from '../../shared/domain/profile';
import type { SaveState, WorkspaceInfo, WorkspaceStatus } from '../../shared/domain/workspace';
import type { Writer } from './database';
import { DEMO_PROFILE, generateDemo } from './demo/generate';
import { type EngineHandler, WorkspaceMemory, engineHandlers } from './handlers';
import type { JobControl } from './job-control';
import { produceFile, suggestFileName, type ReadWithFileContext } from './files/produce';
import { rekeyNamesIfStale } from './store/name-order';
import { insertProfile, readProfile } from './store/profile';
import { addReadyMadeSegmentsOnce, readyMadeSegmentsAdded } from './store/segments';
import { addDemoGifts } from './demo/gift-log';
import { addStarterTemplatesOnce, starterTemplatesAdded } from './writing/starters';
import { type EngineEnv, Workspace } from './workspace';

export type Emit = <E extends EventName>(event: E, payload: EventMap[E]) => void;

/**
 * When the journal is folded into the file. Every acknowledged edit is already durable in the journal, so
 * snapshots only bound the journal's size and the time to reopen; they run when the user pauses, or at once
 * when the journal grows large.
 */
export interface SnapshotPolicy {
  idleMs: number;
  maxJournalBytes: number;
  maxJournalRecords: number;
}

export const DEFAULT_SNAPSHOT_POLICY: SnapshotPolicy = { idleMs: 2000, maxJournalBytes: 8 * 1024 * 1024, maxJournalRecords: 2000 };

/**
 * The engine service: owns at most one open workspace and runs the domain handlers against it. It runs inside
 * the engine worker (worker.ts) in the app; tests use it in-process.
 */
export class Engine {
  private workspace: Workspace | null = null;
  /** What the handlers keep between calls for the open workspace; close() drops it (open and create close first). */
  private memory = new WorkspaceMemory();
  private snapshotTimer: ReturnType<typeof setTimeout> | null = null;
  private save: SaveState = { state: 'saved', at: null };

  constructor(
    private readonly env: EngineEnv,
    private readonly emit: Emit,
    private readonly policy: SnapshotPolicy = DEFAULT_SNAPSHOT_POLICY,
  ) {}

  async open(path: string): Promise<WorkspaceInfo> {
    await this.close();
    const workspace = withFileDetails(path, () => Workspace.open(path, this.env));
    this.workspace = workspace;
    this.save = { state: 'saved', at: null };
    // a file from an earlier version (or changed by another tool) may hold name keys of another alphabet
    workspace.mutate('customers.nameOrder', rekeyNamesIfStale);
    // a file made before segments existed gets the ready-made ones the first time this version opens it
    if (!workspace.read(readyMadeSegmentsAdded)) workspace.mutate('segments.readyMade', (db) => addReadyMadeSegmentsOnce(db, this.env.now(), this.env.newId));
    // ... and the starter templates
    if (!workspace.read(starterTemplatesAdded)) workspace.mutate('templates.starters', (db) => addStarterTemplatesOnce(db, this.env.now(), this.env.newId));
    if (workspace.backupDue) this.backUpAfterOpening(workspace);
    return this.info();
  }

  async create(path: string, profile: Profile): Promise<WorkspaceInfo> {
    await this.close();
    this.workspace = Workspace.create(path, this.env, (db: Writer) => {
      insertProfile(db, profile, this.env.now());
      rekeyNamesIfStale(db); // no customers yet: records which alphabet their keys will be in
      addReadyMadeSegmentsOnce(db, this.env.now(), this.env.newId);
      addStarterTemplatesOnce(db, this.env.now(), this.env.newId);
    });
    this.save = { state: 'saved', at: this.env.now().toISOString() };
    return this.info();
  }

  /** Creates the demo workspace (DEMO_PROFILE and generated customers) in one transaction, its folder too. */
  async createDemo(path: string, options: { seed?: number; customers?: number } = {}): Promise<WorkspaceInfo> {
    await this.close();
    mkdirSync(dirname(path), { recursive: true });
    const now = this.env.now();
    this.workspace = Workspace.create(path, this.env, (db: Writer) => {
      insertProfile(db, DEMO_PROFILE, now);
      rekeyNamesIfStale(db); // no customers yet: records which alphabet their keys will be in
      generateDemo(db, { ...options, now });
      addReadyMadeSegmentsOnce(db, now, this.env.newId);
      addStarterTemplatesOnce(db, now, this.env.newId);
      addDemoGifts(db, now, this.env.newId);
    });
    this.save = { state: 'saved', at: now.toISOString() };
    return this.info();
  }

  /** Waits for any background write, folds the journal into the file, releases the lock. */
  async close(): Promise<void> {
    this.cancelSnapshot();
    const workspace = this.workspace;
    this.workspace = null;
    if (!workspace) return;
    this.memory = new WorkspaceMemory(); // the closed workspace's plans and orders go with it
    await workspace.settled();
    workspace.close();
  }

  status(): WorkspaceStatus {
    return this.workspace ? this.info() : { open: false };
  }

  info(): WorkspaceInfo {
    const workspace = this.requireWorkspace();
    return {
      open: true,
      path: workspace.path,
      fileName: basename(workspace.path),
      schemaVersion: workspace.schemaVersion,
      profile: workspace.read(readProfile),
      save: this.save,
      ...(workspace.recovery ? { recovery: workspace.recovery } : {}),
    };
  }

  /** Runs an engine channel's handler; the request was parsed by the router already. */
  call(channel: EngineChannel, request: unknown): unknown {
    const preview = channel === 'imports.preview' ? ++this.previewsStarted : null;
    const workspace = this.requireWorkspace();
    const handler = engineHandlers[channel] as EngineHandler<EngineChannel>;
    let snapshotAsked = false;
    this.env.cancelRequested?.(); // a stop asked for before this job began is not meant for it
    const job = this.jobControl(channel, preview);
    const base = { now: this.env.now, newId: this.env.newId, snapshotSoon: () => (snapshotAsked = true), job, memory: this.memory };
    if (!contract[channel].mutates) return workspace.read((db) => handler({ ...base, db }, request as never));

    let result: unknown;
    const before = workspace.sequence;
    try {
      result = workspace.mutate(channel, (db) => handler({ ...base, db }, request as never));
    } catch (error) {
      if (isFileSystemError(error)) {
        const message = `Your last change could not be saved to disk (${error.code}). It was not applied.`;
        this.setSave({ state: 'error', message });
        throw new RapportFailure('io-error', message);
      }
      throw error;
    }
    if (workspace.sequence !== before) {
      this.setSave({ state: 'saved', at: this.env.now().toISOString() });
      this.emit('workspace.changed', { channels: [channel] });
      this.scheduleSnapshot(workspace, snapshotAsked);
    }
    return result;
  }

  async saveCopy(destination: string): Promise<void> {
    const workspace = this.requireWorkspace();
    await workspace.settled();
    workspace.saveCopy(destination);
  }

  /** The name the save dialog suggests for a file channel's file (its producer knows it). */
  suggestFileName(channel: FileChannel, request: unknown): string {
    return suggestFileName(channel, this.readWithFileContext(), request);
  }

  /**
   * Produces a file channel's file and writes it durably at `path` (chosen by the shell: a save dialog, or the
   * browser host's documents folder), with progress events and cancel (jobs.cancel).
   */
  produceFile(channel: FileChannel, path: string, request: unknown): { path: string } {
    const read = this.readWithFileContext();
    this.env.cancelRequested?.(); // a stop asked for before this job began is not meant for it
    return produceFile(channel, read, path, request, this.jobControl(channel, null));
  }

  private readWithFileContext(): ReadWithFileContext {
    const workspace = this.requireWorkspace();
    const workspaceName = basename(workspace.path, extname(workspace.path));
    return (fn) => workspace.read((db) => fn({ db, now: this.env.now, newId: this.env.newId, memory: this.memory, workspaceName }));
  }

  /** Folds the journal into the file now and waits until it is on disk (the benchmark and tests use it). */
  async snapshotNow(): Promise<void> {
    this.cancelSnapshot();
    const workspace = this.workspace;
    if (!workspace) return;
    // export at once when nothing is being written, so the snapshot holds exactly what was acknowledged so far
    if (workspace.isWritingSnapshot) await workspace.settled();
    await workspace.snapshotInBackground();
  }

  /** Resolves once background writes (snapshot, opening backup) are done. */
  async settled(): Promise<void> {
    await this.pendingBackup;
    await this.workspace?.settled();
  }

  private scheduleSnapshot(workspace: Workspace, asked = false): void {
    const pending = workspace.pendingJournal;
    const urgent = asked || pending.bytes >= this.policy.maxJournalBytes || pending.records >= this.policy.maxJournalRecords;
    this.cancelSnapshot();
    this.snapshotTimer = setTimeout(() => this.runScheduledSnapshot(workspace), urgent ? 0 : this.policy.idleMs);
  }

  private runScheduledSnapshot(workspace: Workspace): void {
    this.snapshotTimer = null;
    if (workspace !== this.workspace) return;
    workspace.snapshotInBackground().catch((error: unknown) => {
      // The journal still holds every edit; the next snapshot will try again.
      this.env.log(`snapshot failed: ${error instanceof Error ? error.message : String(error)}`);
    });
  }

  private pendingBackup: Promise<void> = Promise.resolve();

  /** Import previews begun, in the order they were sent (the worker handles requests one after another). */
  private previewsStarted = 0;

  /** Progress events (at most every 100 ms) and the cancel check for one mutation. */
  private jobControl(channel: Channel, preview: number | null): JobControl {
    let last = 0;
    return {
      progress: (done, total) => {
        const now = Date.now();
        if (now - last < 100 && done < total) return;
        last = now;
        this.emit('job.progress', { jobId: channel, label: channel, done, total, finished: done >= total });
      },
      checkCancelled: () => {
        if (this.env.cancelRequested?.()) throw new RapportFailure('cancelled', 'Stopped. Nothing was changed.');
        if (preview !== null && (this.env.previewsRequested?.() ?? preview) > preview) {
          throw new RapportFailure('cancelled', 'A newer preview replaced this one.');
        }
      },
    };
  }

  /** The backup of the file as opened is taken after the open is answered, so the user is not kept waiting. */
  private backUpAfterOpening(workspace: Workspace): void {
    this.pendingBackup = workspace.takeOpeningBackup().catch((error: unknown) => {
      this.env.log(`backup failed: ${error instanceof Error ? error.message : String(error)}`);
    });
  }

  private cancelSnapshot(): void {
    if (this.snapshotTimer) clearTimeout(this.snapshotTimer);
    this.snapshotTimer = null;
  }

  private setSave(save: SaveState): void {
    this.save = save;
    this.emit('workspace.saveState', save);
  }

  private requireWorkspace(): Workspace {
    if (!this.workspace) throw new RapportFailure('no-workspace', 'No workspace is open.');
    return this.workspace;
  }
}

/** Open failures name the file in their details too, so the renderer need not parse the message. */
function withFileDetails<T>(path: string, open: () => T): T {
  try {
    return open();
  } catch (error) {
    if (error instanceof RapportFailure) {
      throw new RapportFailure(error.code, error.message, { ...error.details, fileName: basename(path), path });
    }
    throw error;
  }
}
