import type { SqlParams, Writer, WorkspaceDatabase } from '../database';
import { type Journal, type JournalRecord, encodeParams } from './journal';

/**
 * Journaled transactions: a mutation runs in one transaction, and its statements go to the journal (fsync'd)
 * before the commit, so once it returns the change survives a crash; if journaling fails it is rolled back.
 */

export interface Committed<T> {
  result: T;
  /** The sequence number of the last committed mutation (unchanged when this one changed nothing). */
  seq: number;
  /**
   * The mutation was too large to journal and is committed but not yet durable: the caller writes the whole
   * database before acknowledging it.
   */
  mustSaveWhole: boolean;
}

export interface MutationInfo {
  /** The sequence number of the last committed mutation. */
  seq: number;
  /** When it happens (ISO), decided before it is journaled so replay repeats it exactly. */
  at: string;
  /** The RPC channel that asked for it, kept in the change log. */
  channel: string;
  /** A mutation whose statements would make a journal record larger than this is saved whole instead. */
  journalLimitBytes: number;
}

export function commitJournaled<T>(db: WorkspaceDatabase, journal: Journal, info: MutationInfo, fn: (db: Writer) => T): Committed<T> {
  const recorder = new RecordingWriter(db, info.journalLimitBytes);
  db.exec('BEGIN');
  let appendedAt: number | null = null;
  try {
    const result = fn(recorder);
    if (recorder.ran === 0) {
      db.exec('COMMIT');
      return { result, seq: info.seq, mustSaveWhole: false };
    }
    const seq = info.seq + 1;
    recorder.run('INSERT INTO change_log (seq, at, channel) VALUES (?, ?, ?)', [seq, info.at, info.channel]);
    db.run(`UPDATE rapport_meta SET value = ? WHERE key = 'journal_seq'`, [String(seq)]);
    if (!recorder.overflowed) {
      const record: JournalRecord = { seq, at: info.at, channel: info.channel, statements: recorder.statements };
      appendedAt = journal.append(record);
    }
    db.exec('COMMIT');
    return { result, seq, mustSaveWhole: recorder.overflowed };
  } catch (error) {
    try {
      db.exec('ROLLBACK');
    } catch {
      // COMMIT may have closed the transaction already
    }
    if (appendedAt !== null) journal.truncateTo(appendedAt);
    throw error;
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
