import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import { RapportFailure } from '../../shared/contract/result';
import type { JournalRecovery } from '../../shared/domain/workspace';
import { type Reader, type Writer, WorkspaceDatabase } from './database';
import { LATEST_SCHEMA_VERSION, migrate } from './migrations';
import { takeBackup } from './persistence/backups';
import { writeFileDurably } from './persistence/durable-file';
import { RAPPORT_APPLICATION_ID, checkWorkspaceBytes, checkWorkspaceHeader } from './persistence/file-check';
import { Journal, journalPathFor } from './persistence/journal';
import { WorkspaceLock } from './persistence/lock';
import { loadSavedState, replayJournalOnOpen, saveRecoveredState } from './persistence/replay';
import { Snapshots, removeLeftoverTempFiles, shouldBackUpOnOpen } from './persistence/snapshots';
import { commitJournaled } from './persistence/transactions';
import { loadAndVerify, readIdentity, readWorkspaceFile, readWorkspaceHead, resolveWorkspacePath } from './persistence/workspace-file';

/** What the engine needs from the outside world; tests pass a fixed clock and ids. */
export interface EngineEnv {
  SQL: SqlJsStatic;
  now: () => Date;
  newId: () => string;
  log: (message: string) => void;
  /** Whether the user asked the running job to stop (and clears the request); tests leave it out. */
  cancelRequested?: () => boolean;
  /** How many import previews have been asked for so far; a preview older than the newest stops. */
  previewsRequested?: () => number;
}

/**
 * One open workspace: the in-memory sql.js database, its journal and lock. This file is its lifecycle (create,
 * open, close) and composes the parts in persistence/: journaled transactions, replay, snapshots.
 *
 * Durability: a mutation's statements are appended to the journal and fsync'd before its transaction
 * commits and before it is acknowledged; `snapshot()` writes the whole database atomically and then empties
 * the journal. Opening replays journal records newer than the snapshot (`rapport_meta.journal_seq`).
 */
export class Workspace {
  /** A mutation whose statements would make a journal record larger than this is saved whole instead. */
  journalLimitBytes = 32 * 1024 * 1024;

  /** Set when the opening backup is due; the engine takes it after answering, so opening stays quick. */
  backupDue = false;
  /** What opening recovered from a journal that was damaged or cut short by a crash; null when it was whole. */
  recovery: JournalRecovery | null = null;
  private readonly snapshots: Snapshots;

  private constructor(
    readonly path: string,
    readonly id: string,
    private db: WorkspaceDatabase,
    private readonly journal: Journal,
    private readonly lock: WorkspaceLock,
    private seq: number,
    private readonly env: EngineEnv,
  ) {
    this.snapshots = new Snapshots(path, id, journal, () => ({ db: this.db, seq: this.seq }));
  }

  get schemaVersion(): number {
    return this.db.pragmaNumber('user_version');
  }

  /** Journal size since the last snapshot, for the snapshot policy. */
  get pendingJournal(): { bytes: number; records: number } {
    return { bytes: this.journal.bytes, records: this.journal.records };
  }

  get sequence(): number {
    return this.seq;
  }

  /** Creates a new workspace file; `initialise` fills it (e.g. the business profile) inside the first transaction. */
  static create(path: string, env: EngineEnv, initialise: (db: Writer) => void): Workspace {
    const fileName = basename(path);
    if (existsSync(path)) throw new RapportFailure('conflict', `“${fileName}” already exists.`);
    const lock = WorkspaceLock.acquire(path, fileName, env.now());
    try {
      const db = new WorkspaceDatabase(env.SQL);
      db.exec(`PRAGMA application_id = ${RAPPORT_APPLICATION_ID}`);
      migrate(db);
      const id = env.newId();
      db.exec('BEGIN');
      db.run(`INSERT INTO rapport_meta (key, value) VALUES ('workspace_id', ?), ('journal_seq', '0'), ('created_at', ?)`, [
        id,
        env.now().toISOString(),
      ]);
      initialise(db);
      db.exec('COMMIT');
      writeFileDurably(path, db.exportBytes());
      const journal = Journal.create(journalPathFor(path), id);
      return new Workspace(path, id, db, journal, lock, 0, env);
    } catch (error) {
      lock.release();
      throw error;
    }
  }

  /**
   * Opens an existing workspace. Files that are not whole Rapport workspaces of a version this build reads are
   * refused before anything is written, so their bytes stay exactly as they were.
   */
  static open(requestedPath: string, env: EngineEnv): Workspace {
    const path = resolveWorkspacePath(requestedPath);
    const fileName = basename(path);
    // Refuse what is not ours before writing anything beside it, not even a lock file (the header is enough).
    const head = readWorkspaceHead(path, fileName);
    checkWorkspaceHeader(head.bytes, head.size, LATEST_SCHEMA_VERSION, fileName);
    const lock = WorkspaceLock.acquire(path, fileName, env.now());
    let db: WorkspaceDatabase | null = null;
    try {
      // read again under the lock: another instance may have saved in between
      const bytes = readWorkspaceFile(path, fileName);
      const header = checkWorkspaceBytes(bytes, LATEST_SCHEMA_VERSION, fileName);
      db = loadAndVerify(env.SQL, bytes, fileName);
      const { id, seq: savedSeq } = readIdentity(db, fileName);

      // From here on the file is known to be ours and sound; writing to it is allowed.
      const journalPath = journalPathFor(path);
      const replayed = replayJournalOnOpen(db, journalPath, id, savedSeq, fileName, env);
      let changed = replayed.changed;
      if (header.userVersion < LATEST_SCHEMA_VERSION) {
        takeBackup(path, `before-v${LATEST_SCHEMA_VERSION}`, env.now());
        migrate(db);
        changed = true;
      }
      saveRecoveredState(path, fileName, changed ? db.exportBytes() : null, replayed.recovery, env);
      removeLeftoverTempFiles(path);

      const journal = Journal.create(journalPath, id);
      const workspace = new Workspace(path, id, db, journal, lock, replayed.seq, env);
      workspace.recovery = replayed.recovery;
      workspace.backupDue = header.userVersion === LATEST_SCHEMA_VERSION && shouldBackUpOnOpen(path, env.now());
      return workspace;
    } catch (error) {
      db?.close();
      lock.release();
      throw error;
    }
  }

  /** Runs a read-only handler. */
  read<T>(fn: (db: Reader) => T): T {
    return fn(this.db);
  }

  /**
   * Runs a mutation in one transaction. Its statements go to the journal (fsync'd) before the commit, so once
   * this returns the change survives a crash; if journaling fails the transaction is rolled back.
   */
  mutate<T>(channel: string, fn: (db: Writer) => T): T {
    const at = this.env.now().toISOString();
    const committed = commitJournaled(this.db, this.journal, { seq: this.seq, at, channel, journalLimitBytes: this.journalLimitBytes }, fn);
    this.seq = committed.seq;
    if (committed.mustSaveWhole) this.saveWholeAfterCommit();
    return committed.result;
  }

  /** Writes the whole database over the file atomically, then empties the journal it made redundant. */
  snapshot(): void {
    this.snapshots.assertNoneInBackground();
    this.snapshots.writeNow();
  }

  /**
   * A mutation too large to journal (a big import) is made durable by writing the whole database before it is
   * acknowledged. If that fails, the in-memory database is ahead of the disk: it is reloaded from the file and
   * the journal, so what the user sees is exactly what is saved, and the error is reported.
   */
  private saveWholeAfterCommit(): void {
    try {
      this.snapshots.writeNow();
    } catch (error) {
      const saved = loadSavedState(this.env.SQL, this.path, this.id, this.env.log);
      this.db.close();
      this.db = saved.db;
      this.seq = saved.seq;
      throw error;
    }
  }

  /**
   * The same, but only the export (a copy in memory) holds up edits; the file is written in the background while
   * edits go on being journaled, and afterwards only the records the snapshot holds are dropped.
   */
  snapshotInBackground(): Promise<void> {
    return this.snapshots.writeInBackground();
  }

  get isWritingSnapshot(): boolean {
    return this.snapshots.isWriting;
  }

  /** Resolves when no background write is under way (before closing, copying or a synchronous snapshot). */
  settled(): Promise<void> {
    return this.snapshots.settled();
  }

  /** A copy of the current state at another path, written atomically; the open workspace stays where it is. */
  saveCopy(destination: string): void {
    this.snapshots.saveCopy(destination);
  }

  /** The opening backup: a copy of the file as it was opened, written without holding up edits. */
  async takeOpeningBackup(): Promise<void> {
    this.backupDue = false;
    await this.snapshots.takeOpeningBackup(this.env.now());
  }

  close(): void {
    this.snapshots.assertNoneInBackground();
    try {
      if (this.journal.records > 0) this.snapshot();
    } finally {
      this.journal.close();
      this.db.close();
      this.lock.release();
    }
  }
}
