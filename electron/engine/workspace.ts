import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import { RapportFailure } from '../../shared/contract/result';
import type { JournalRecovery } from '../../shared/domain/workspace';
import { listBackups, takeBackup, takeBackupInBackground } from './persistence/backups';
import { type Reader, type SqlParams, type Writer, WorkspaceDatabase } from './database';
import { withRoomOnDisk } from './persistence/disk-space';
import { safeUnlink, writeFileDurably, writeFileDurablyInBackground } from './persistence/durable-file';
import { RAPPORT_APPLICATION_ID, checkWorkspaceBytes, checkWorkspaceHeader } from './persistence/file-check';
import { Journal, type JournalContents, type JournalRecord, decodeParams, encodeParams, journalPathFor, readJournal } from './persistence/journal';
import { WorkspaceLock } from './persistence/lock';
import { LATEST_SCHEMA_VERSION, migrate } from './migrations';

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

/** Backups on open are taken at most this often (they copy the whole file). */
const BACKUP_ON_OPEN_INTERVAL_MS = 60 * 60 * 1000;

/**
 * One open workspace: the in-memory sql.js database, its journal and lock.
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
  private backgroundSnapshot: Promise<void> | null = null;
  /** Counts snapshots begun; a background write only lands if no newer snapshot was begun meanwhile. */
  private snapshotGeneration = 0;

  private constructor(
    readonly path: string,
    readonly id: string,
    private db: WorkspaceDatabase,
    private journal: Journal,
    private readonly lock: WorkspaceLock,
    private seq: number,
    private readonly env: EngineEnv,
  ) {}

  get fileName(): string {
    return basename(this.path);
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
    if (!existsSync(requestedPath)) {
      throw new RapportFailure('not-found', `“${basename(requestedPath)}” does not exist any more.`, { path: requestedPath });
    }
    // Through a symbolic link, the lock, journal, snapshots and backups all belong beside the file it points to:
    // otherwise a second opener via the other name is not locked out, and the first snapshot's rename would
    // replace the link with a separate file.
    const path = realPathOf(requestedPath);
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
      const id = metaValue(db, 'workspace_id');
      let seq = Number(metaValue(db, 'journal_seq'));
      if (!id || !Number.isInteger(seq)) {
        throw new RapportFailure('workspace-corrupt', `“${fileName}” is damaged: its workspace identity is missing.`, {
          reason: 'missing-meta',
        });
      }

      // From here on the file is known to be ours and sound; writing to it is allowed.
      const journalPath = journalPathFor(path);
      const pending = readJournal(journalPath, id);
      let changed = false;
      let recovery: JournalRecovery | null = null;
      if (pending.workspaceId !== null && pending.workspaceId !== id) {
        const keptAs = Journal.setAside(journalPath, 'foreign', env.now());
        env.log(`journal of another workspace set aside: ${keptAs}`);
        const notApplied = pending.records.length;
        recovery = { recovered: 0, repaired: 0, notApplied, missingSeq: null, damaged: true, keptAs, unfinishedEditDropped: false, otherWorkspace: true };
      } else {
        const replayed = replay(db, pending.records, seq, env);
        if (replayed.applied > 0) env.log(`replayed ${replayed.applied} journal record(s) into ${fileName}`);
        recovery = recoveryReport(pending, replayed);
        seq = replayed.seq;
        changed = replayed.applied > 0;
      }

      if (header.userVersion < LATEST_SCHEMA_VERSION) {
        takeBackup(path, `before-v${LATEST_SCHEMA_VERSION}`, env.now());
        migrate(db);
        changed = true;
      }

      const replayedBytes = changed ? db.exportBytes() : null;
      const keepsCopy = recovery?.damaged === true && recovery.keptAs === null;
      const needed = (replayedBytes?.length ?? 0) + (keepsCopy ? statSync(journalPath).size : 0);
      withRoomOnDisk(path, fileName, needed, () => {
        if (replayedBytes) writeFileDurably(path, replayedBytes);
        // The recovered state is on disk; only now may the journal be emptied, and never without a copy if damaged.
        if (recovery && keepsCopy) {
          recovery.keptAs = Journal.keepCopy(journalPath, 'damaged', env.now());
          env.log(`journal of ${fileName} was damaged: ${JSON.stringify(recovery)}`);
        }
      });
      removeLeftoverTempFiles(path);
      const journal = Journal.create(journalPath, id);
      const workspace = new Workspace(path, id, db, journal, lock, seq, env);
      workspace.recovery = recovery;
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
    const recorder = new RecordingWriter(this.db, this.journalLimitBytes);
    this.db.exec('BEGIN');
    let appendedAt: number | null = null;
    try {
      const result = fn(recorder);
      if (recorder.ran > 0) {
        const seq = this.seq + 1;
        recorder.run('INSERT INTO change_log (seq, at, channel) VALUES (?, ?, ?)', [seq, at, channel]);
        this.db.run(`UPDATE rapport_meta SET value = ? WHERE key = 'journal_seq'`, [String(seq)]);
        if (recorder.overflowed) {
          this.db.exec('COMMIT');
          this.seq = seq;
          this.saveWholeAfterCommit();
          return result;
        }
        const record: JournalRecord = { seq, at, channel, statements: recorder.statements };
        appendedAt = this.journal.append(record);
        this.db.exec('COMMIT');
        this.seq = seq;
      } else {
        this.db.exec('COMMIT');
      }
      return result;
    } catch (error) {
      try {
        this.db.exec('ROLLBACK');
      } catch {
        // COMMIT may have closed the transaction already
      }
      if (appendedAt !== null) this.journal.truncateTo(appendedAt);
      throw error;
    }
  }

  /** Writes the whole database over the file atomically, then empties the journal it made redundant. */
  snapshot(): void {
    this.assertNoBackgroundSnapshot();
    this.writeWhole();
  }

  private writeWhole(): void {
    this.snapshotGeneration += 1;
    writeFileDurably(this.path, this.db.exportBytes());
    this.journal.dropThrough(this.seq, this.id);
  }

  /**
   * A mutation too large to journal (a big import) is made durable by writing the whole database before it is
   * acknowledged. If that fails, the in-memory database is ahead of the disk: it is reloaded from the file and
   * the journal, so what the user sees is exactly what is saved, and the error is reported.
   */
  private saveWholeAfterCommit(): void {
    try {
      this.writeWhole();
    } catch (error) {
      this.reloadFromDisk();
      throw error;
    }
  }

  private reloadFromDisk(): void {
    const db = new WorkspaceDatabase(this.env.SQL, readFileSync(this.path));
    const onDisk = Number(metaValue(db, 'journal_seq'));
    const replayed = replay(db, readJournal(journalPathFor(this.path), this.id).records, onDisk, this.env);
    this.db.close();
    this.db = db;
    this.seq = replayed.seq;
  }

  /**
   * The same, but only the export (a copy in memory) holds up edits; the file is written in the background while
   * edits go on being journaled, and afterwards only the records the snapshot holds are dropped.
   */
  snapshotInBackground(): Promise<void> {
    if (this.backgroundSnapshot) return this.backgroundSnapshot;
    const bytes = this.db.exportBytes();
    const seq = this.seq;
    const generation = ++this.snapshotGeneration;
    this.backgroundSnapshot = writeFileDurablyInBackground(this.path, bytes, () => generation === this.snapshotGeneration)
      .then((landed) => {
        if (landed) this.journal.dropThrough(seq, this.id);
      })
      .finally(() => {
        this.backgroundSnapshot = null;
      });
    return this.backgroundSnapshot;
  }

  get isWritingSnapshot(): boolean {
    return this.backgroundSnapshot !== null;
  }

  /** Resolves when no background write is under way (before closing, copying or a synchronous snapshot). */
  async settled(): Promise<void> {
    while (this.backgroundSnapshot) await this.backgroundSnapshot.catch(() => {});
  }

  /** A copy of the current state at another path, written atomically; the open workspace stays where it is. */
  saveCopy(destination: string): void {
    writeFileDurably(destination, this.db.exportBytes());
  }

  /** The opening backup: a copy of the file as it was opened, written without holding up edits. */
  async takeOpeningBackup(): Promise<void> {
    this.backupDue = false;
    await takeBackupInBackground(this.path, 'open', this.env.now());
  }

  close(): void {
    this.assertNoBackgroundSnapshot();
    try {
      if (this.journal.records > 0) this.snapshot();
    } finally {
      this.journal.close();
      this.db.close();
      this.lock.release();
    }
  }

  private assertNoBackgroundSnapshot(): void {
    // an older snapshot renamed over a newer one would lose edits: callers await settled() first
    if (this.backgroundSnapshot) throw new Error('a background snapshot is still being written');
  }
}

/** Records every statement a mutation runs, with its parameters, for the journal. */
class RecordingWriter implements Writer {
  readonly statements: JournalRecord['statements'] = [];
  /** Statements run, journaled or not. */
  ran = 0;
  /** Past the limit the statements are no longer kept: the mutation is saved by writing the whole database. */
  overflowed = false;
  private bytes = 0;

  constructor(
    private readonly db: WorkspaceDatabase,
    private readonly limitBytes: number,
  ) {}

  all<T>(sql: string, params?: SqlParams): T[] {
    return this.db.all<T>(sql, params);
  }

  get<T>(sql: string, params?: SqlParams): T | undefined {
    return this.db.get<T>(sql, params);
  }

  run(sql: string, params: SqlParams = []): { changes: number } {
    if (!Array.isArray(params)) throw new Error('Mutations bind parameters by position so they can be journaled.');
    const result = this.db.run(sql, params);
    this.ran += 1;
    if (!this.overflowed) {
      this.statements.push([sql, encodeParams(params)]);
      this.bytes += sql.length + 16 + params.reduce<number>((sum, p) => sum + (typeof p === 'string' ? p.length + 3 : p instanceof Uint8Array ? p.length * 1.4 : 12), 0);
      if (this.bytes > this.limitBytes) {
        this.overflowed = true;
        this.statements.length = 0;
      }
    }
    return result;
  }

}

function realPathOf(path: string): string {
  try {
    return realpathSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new RapportFailure('io-error', `“${basename(path)}” could not be found on disk (${code ?? 'unknown error'}).`, { path });
  }
}

function readWorkspaceHead(path: string, fileName: string): { bytes: Uint8Array; size: number } {
  try {
    const fd = openSync(path, 'r');
    try {
      const bytes = Buffer.alloc(100);
      const read = readSync(fd, bytes, 0, 100, 0);
      return { bytes: bytes.subarray(0, read), size: fstatSync(fd).size };
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new RapportFailure('io-error', `“${fileName}” could not be read (${code ?? 'unknown error'}).`, { path });
  }
}

function readWorkspaceFile(path: string, fileName: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new RapportFailure('io-error', `“${fileName}” could not be read (${code ?? 'unknown error'}).`, { path });
  }
}

function loadAndVerify(SQL: SqlJsStatic, bytes: Uint8Array, fileName: string): WorkspaceDatabase {
  let db: WorkspaceDatabase | null = null;
  try {
    db = new WorkspaceDatabase(SQL, bytes);
    const check = db.all<{ quick_check: string }>('PRAGMA quick_check');
    if (check.length !== 1 || check[0]?.quick_check !== 'ok') throw new Error(check.map((r) => r.quick_check).join('; '));
    return db;
  } catch (error) {
    db?.close();
    throw new RapportFailure('workspace-corrupt', `“${fileName}” is damaged and cannot be opened safely.`, {
      reason: 'integrity',
      detail: error instanceof Error ? error.message : String(error),
    });
  }
}

function metaValue(db: WorkspaceDatabase, key: string): string | undefined {
  try {
    return db.get<{ value: string }>('SELECT value FROM rapport_meta WHERE key = ?', [key])?.value;
  } catch {
    return undefined;
  }
}

interface Replayed {
  seq: number;
  applied: number;
  /** Records after `seq` that were not applied: after a gap, or from a record whose statements failed. */
  notApplied: number;
  /** The sequence number replay stopped at (missing, or failing), when records after it exist. */
  stoppedAt: number | null;
}

/** Applies the records after `fromSeq` strictly in order; at a gap or a failing record it stops, so nothing is applied out of order. */
function replay(db: WorkspaceDatabase, records: readonly JournalRecord[], fromSeq: number, env: EngineEnv): Replayed {
  let seq = fromSeq;
  let applied = 0;
  let stoppedAt: number | null = null;
  for (const record of records) {
    if (record.seq <= seq) continue; // already in the snapshot (or a duplicate)
    if (record.seq !== seq + 1) {
      env.log(`journal gap: expected ${seq + 1}, found ${record.seq}`);
      stoppedAt = seq + 1;
      break;
    }
    db.exec('BEGIN');
    try {
      for (const [sql, params] of record.statements) db.run(sql, decodeParams(params));
      db.run(`UPDATE rapport_meta SET value = ? WHERE key = 'journal_seq'`, [String(record.seq)]);
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      env.log(`journal record ${record.seq} could not be applied: ${error instanceof Error ? error.message : String(error)}`);
      stoppedAt = record.seq;
      break;
    }
    seq = record.seq;
    applied += 1;
  }
  const notApplied = new Set(records.filter((record) => record.seq > seq).map((record) => record.seq)).size;
  return { seq, applied, notApplied, stoppedAt };
}

/** Null when the journal was whole; otherwise what the user is told on opening. */
function recoveryReport(journal: JournalContents, replayed: Replayed): JournalRecovery | null {
  const damaged = journal.headerDamaged || journal.damagedBytes > 0 || journal.repairedRecords > 0 || replayed.notApplied > 0;
  const unfinishedEditDropped = journal.tornBytes > 0;
  if (!damaged && !unfinishedEditDropped) return null;
  return {
    recovered: replayed.applied,
    repaired: journal.repairedRecords,
    notApplied: replayed.notApplied,
    missingSeq: replayed.notApplied > 0 ? replayed.stoppedAt : null,
    damaged,
    keptAs: null,
    unfinishedEditDropped,
    otherWorkspace: false,
  };
}

function shouldBackUpOnOpen(path: string, now: Date): boolean {
  const newest = listBackups(path)[0];
  return !newest || now.getTime() - newest.takenAt.getTime() > BACKUP_ON_OPEN_INTERVAL_MS;
}

/** Temp files of snapshots or journal rewrites that a crash interrupted: never renamed, so never needed. */
function removeLeftoverTempFiles(path: string): void {
  const prefixes = [`${basename(path)}.tmp-`, `${basename(journalPathFor(path))}.tmp-`];
  for (const name of readdirSync(dirname(path))) {
    if (prefixes.some((prefix) => name.startsWith(prefix))) safeUnlink(join(dirname(path), name));
  }
}
