import { closeSync, existsSync, fsyncSync, ftruncateSync, openSync, readFileSync, readSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { crc32 } from 'node:zlib';
import type { SqlParam } from '../database';
import { fsyncFolder, writeAll, writeFileDurably } from './durable-file';
import { headerFor, scanJournal } from './journal-scan';

/**
 * The write-ahead journal of a workspace: every committed mutation's statements, appended and fsync'd before
 * the mutation is acknowledged. A snapshot of the database makes the records up to its sequence number
 * redundant; on open, records newer than the snapshot are replayed.
 *
 * Layout: a header line `RAPPORT-JOURNAL 1 <workspace id>\n`, then records of
 * [u32 LE payload length][u32 LE crc32 of payload][payload: UTF-8 JSON]. A torn last record (crash mid-write)
 * fails its length or checksum and is ignored: it was never acknowledged. Damage anywhere else is read around
 * (journal-scan.ts), never taken as the end of the journal.
 */
export interface JournalRecord {
  seq: number;
  at: string;
  channel: string;
  statements: Array<[sql: string, params: EncodedParam[]]>;
}

export type EncodedParam = string | number | null | { bytes: string };

/**
 * `<file>.journal`, never `<file>-journal`: SQLite tools treat `<file>-journal` as their own rollback journal
 * and delete it when they open the workspace, which would lose acknowledged edits.
 */
export function journalPathFor(workspacePath: string): string {
  return `${workspacePath}.journal`;
}

export function encodeParams(params: readonly SqlParam[]): EncodedParam[] {
  return params.map((value) => (value instanceof Uint8Array ? { bytes: Buffer.from(value).toString('base64') } : value));
}

export function decodeParams(params: readonly EncodedParam[]): SqlParam[] {
  return params.map((value) =>
    value !== null && typeof value === 'object' ? new Uint8Array(Buffer.from(value.bytes, 'base64')) : value,
  );
}

export interface JournalContents {
  workspaceId: string | null;
  /** Every readable record in file order (intact, or mended where one bit had flipped). */
  records: JournalRecord[];
  /** Bytes of an unfinished last write (a crash mid-append): never acknowledged, ignored. */
  tornBytes: number;
  /** Signs of damage beyond a torn tail; the caller keeps such a journal aside. */
  headerDamaged: boolean;
  repairedRecords: number;
  damagedBytes: number;
}

/** Reads the journal beside a workspace; `expectedId` (the workspace's id) lets a damaged header still be read. */
export function readJournal(path: string, expectedId?: string): JournalContents {
  if (!existsSync(path)) return { workspaceId: null, records: [], tornBytes: 0, headerDamaged: false, repairedRecords: 0, damagedBytes: 0 };
  const scan = scanJournal<JournalRecord>(readFileSync(path), expectedId);
  return {
    workspaceId: scan.workspaceId,
    records: scan.records.map((entry) => entry.record),
    tornBytes: scan.tornBytes,
    headerDamaged: scan.headerDamaged,
    repairedRecords: scan.records.filter((entry) => entry.repaired).length,
    damagedBytes: scan.damaged.reduce((sum, span) => sum + span.length, 0),
  };
}

export class Journal {
  /** Where each record since the last compaction ends, by sequence number (for dropping a snapshot's share). */
  private entries: Array<{ seq: number; end: number }> = [];

  private constructor(
    readonly path: string,
    private fd: number,
    private readonly headerBytes: number,
    private size: number,
  ) {}

  /** Starts an empty journal for the workspace, replacing whatever was at the path. */
  static create(path: string, workspaceId: string): Journal {
    const fd = openSync(path, 'w+');
    const header = headerFor(workspaceId);
    writeAll(fd, header);
    fsyncSync(fd);
    fsyncFolder(dirname(path));
    return new Journal(path, fd, header.length, header.length);
  }

  /** Keeps a journal of unknown origin for inspection instead of deleting it. */
  static setAside(path: string, reason: string, now: Date): string {
    const aside = asidePath(path, reason, now);
    renameSync(path, aside);
    return aside;
  }

  /**
   * Keeps a durable copy of a damaged journal beside the workspace (`<journal>.damaged-<time>`). A copy, not a
   * rename: until the recovered state is saved, the journal must stay where the next open looks for it.
   */
  static keepCopy(path: string, reason: string, now: Date): string {
    const aside = asidePath(path, reason, now);
    writeFileDurably(aside, readFileSync(path));
    return aside;
  }

  get bytes(): number {
    return this.size;
  }

  get records(): number {
    return this.entries.length;
  }

  /** Appends one record and makes it durable. Returns its offset, to take it back if the commit then fails. */
  append(record: JournalRecord): number {
    const payload = Buffer.from(JSON.stringify(record), 'utf8');
    const frame = Buffer.allocUnsafe(8 + payload.length);
    frame.writeUInt32LE(payload.length, 0);
    frame.writeUInt32LE(crc32(payload), 4);
    payload.copy(frame, 8);
    const before = this.size;
    // positional write at our own notion of the end, so a failed earlier write can never leave a gap
    let offset = 0;
    try {
      while (offset < frame.length) offset += writeSync(this.fd, frame, offset, frame.length - offset, before + offset);
      fsyncSync(this.fd);
    } catch (error) {
      this.truncateTo(before);
      throw error;
    }
    this.size = before + frame.length;
    this.entries.push({ seq: record.seq, end: this.size });
    return before;
  }

  /** Removes the record appended at `offset` (its transaction did not commit). */
  truncateTo(offset: number): void {
    try {
      ftruncateSync(this.fd, offset);
      fsyncSync(this.fd);
    } catch {
      // if even this fails, the record's seq will not match the database's on replay and is skipped
    }
    if (offset < this.size) {
      this.size = offset;
      this.entries = this.entries.filter((entry) => entry.end <= offset);
    }
  }

  /**
   * Drops the records a snapshot now holds (sequence numbers up to `seq`). Records appended while the snapshot
   * was being written stay: the journal is rewritten with just them (temp file, fsync, rename).
   */
  dropThrough(seq: number, workspaceId: string): void {
    const keepFrom = this.entries.findIndex((entry) => entry.seq > seq);
    if (keepFrom === -1) {
      ftruncateSync(this.fd, this.headerBytes);
      fsyncSync(this.fd);
      this.size = this.headerBytes;
      this.entries = [];
      return;
    }
    if (keepFrom === 0) return;
    const tailStart = this.entries[keepFrom - 1]!.end;
    const tail = Buffer.allocUnsafe(this.size - tailStart);
    readSync(this.fd, tail, 0, tail.length, tailStart);
    const header = headerFor(workspaceId);
    writeFileDurably(this.path, Buffer.concat([header, tail]));
    closeSync(this.fd);
    this.fd = openSync(this.path, 'r+');
    const shift = tailStart - header.length;
    this.entries = this.entries.slice(keepFrom).map((entry) => ({ seq: entry.seq, end: entry.end - shift }));
    this.size -= shift;
  }

  close(): void {
    closeSync(this.fd);
  }
}

function asidePath(path: string, reason: string, now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  let aside = `${path}.${reason}-${stamp}`;
  for (let n = 2; existsSync(aside); n++) aside = `${path}.${reason}-${stamp}-${n}`;
  return aside;
}
