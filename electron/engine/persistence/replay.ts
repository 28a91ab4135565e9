import { readFileSync, statSync } from 'node:fs';
import type { SqlJsStatic } from 'sql.js';
import type { JournalRecovery } from '../../../shared/domain/workspace';
import { WorkspaceDatabase } from '../database';
import { withRoomOnDisk } from './disk-space';
import { writeFileDurably } from './durable-file';
import { Journal, type JournalContents, type JournalRecord, decodeParams, journalPathFor, readJournal } from './journal';
import { metaValue } from './workspace-file';

/**
 * Replay: bringing a loaded snapshot up to date with the journal records newer than it, and saying what was
 * recovered when the journal was damaged or cut short by a crash.
 */

type Log = (message: string) => void;

interface Replayed {
  seq: number;
  applied: number;
  /** Records after `seq` that were not applied: after a gap, or from a record whose statements failed. */
  notApplied: number;
  /** The sequence number replay stopped at (missing, or failing), when records after it exist. */
  stoppedAt: number | null;
}

export interface JournalReplayed {
  /** The sequence number of the last record now in the database. */
  seq: number;
  /** Whether records were applied, so the database differs from the file. */
  changed: boolean;
  /** What opening recovered from a journal that was damaged or cut short; null when it was whole. */
  recovery: JournalRecovery | null;
}

/**
 * On opening: replays the journal beside the workspace into `db` (saved up to `seq`). A journal of another
 * workspace is set aside, never replayed.
 */
export function replayJournalOnOpen(
  db: WorkspaceDatabase,
  journalPath: string,
  id: string,
  seq: number,
  fileName: string,
  env: { now: () => Date; log: Log },
): JournalReplayed {
  const pending = readJournal(journalPath, id);
  if (pending.workspaceId !== null && pending.workspaceId !== id) {
    const keptAs = Journal.setAside(journalPath, 'foreign', env.now());
    env.log(`journal of another workspace set aside: ${keptAs}`);
    const notApplied = pending.records.length;
    return {
      seq,
      changed: false,
      recovery: { recovered: 0, repaired: 0, notApplied, missingSeq: null, damaged: true, keptAs, unfinishedEditDropped: false, otherWorkspace: true },
    };
  }
  const replayed = replay(db, pending.records, seq, env.log);
  if (replayed.applied > 0) env.log(`replayed ${replayed.applied} journal record(s) into ${fileName}`);
  return { seq: replayed.seq, changed: replayed.applied > 0, recovery: recoveryReport(pending, replayed) };
}

/**
 * Writes the recovered state (`bytes`, when opening changed the database) over the file, and keeps a copy of a
 * damaged journal; only then may the journal be emptied. Sets `recovery.keptAs` to where the copy went.
 */
export function saveRecoveredState(
  path: string,
  fileName: string,
  bytes: Uint8Array | null,
  recovery: JournalRecovery | null,
  env: { now: () => Date; log: Log },
): void {
  const journalPath = journalPathFor(path);
  const keepsCopy = recovery?.damaged === true && recovery.keptAs === null;
  const needed = (bytes?.length ?? 0) + (keepsCopy ? statSync(journalPath).size : 0);
  withRoomOnDisk(path, fileName, needed, () => {
    if (bytes) writeFileDurably(path, bytes);
    // The recovered state is on disk; only now may the journal be emptied, and never without a copy if damaged.
    if (recovery && keepsCopy) {
      recovery.keptAs = Journal.keepCopy(journalPath, 'damaged', env.now());
      env.log(`journal of ${fileName} was damaged: ${JSON.stringify(recovery)}`);
    }
  });
}

/** What is saved on disk: the file with its journal replayed, in a fresh database (the open one is ahead of it). */
export function loadSavedState(SQL: SqlJsStatic, path: string, id: string, log: Log): { db: WorkspaceDatabase; seq: number } {
  const db = new WorkspaceDatabase(SQL, readFileSync(path));
  const onDisk = Number(metaValue(db, 'journal_seq'));
  const replayed = replay(db, readJournal(journalPathFor(path), id).records, onDisk, log);
  return { db, seq: replayed.seq };
}

/** Applies the records after `fromSeq` strictly in order; at a gap or a failing record it stops, so nothing is applied out of order. */
function replay(db: WorkspaceDatabase, records: readonly JournalRecord[], fromSeq: number, log: Log): Replayed {
  let seq = fromSeq;
  let applied = 0;
  let stoppedAt: number | null = null;
  for (const record of records) {
    if (record.seq <= seq) continue; // already in the snapshot (or a duplicate)
    if (record.seq !== seq + 1) {
      log(`journal gap: expected ${seq + 1}, found ${record.seq}`);
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
      log(`journal record ${record.seq} could not be applied: ${error instanceof Error ? error.message : String(error)}`);
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
