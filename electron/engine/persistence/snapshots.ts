import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { WorkspaceDatabase } from '../database';
import { listBackups, takeBackupInBackground } from './backups';
import { safeUnlink, writeFileDurably, writeFileDurablyInBackground } from './durable-file';
import { type Journal, journalPathFor } from './journal';

/**
 * Snapshots of an open workspace: the whole database written over its file atomically (now, or in the
 * background while edits go on being journaled), after which the journal records it holds are dropped; copies
 * saved elsewhere; and the backup taken on opening.
 */

/** Backups on open are taken at most this often (they copy the whole file). */
const BACKUP_ON_OPEN_INTERVAL_MS = 60 * 60 * 1000;

/** The open database and the sequence number of the last mutation it holds, as they are at the moment of asking. */
export type CurrentState = () => { db: WorkspaceDatabase; seq: number };

export class Snapshots {
  private background: Promise<void> | null = null;
  /** Counts snapshots begun; a background write only lands if no newer snapshot was begun meanwhile. */
  private generation = 0;

  constructor(
    private readonly path: string,
    private readonly id: string,
    private readonly journal: Journal,
    private readonly current: CurrentState,
  ) {}

  /** Writes the whole database over the file atomically, then empties the journal it made redundant. */
  writeNow(): void {
    const { db, seq } = this.current();
    this.generation += 1;
    writeFileDurably(this.path, db.exportBytes());
    this.journal.dropThrough(seq, this.id);
  }

  /**
   * The same, but only the export (a copy in memory) holds up edits; the file is written in the background while
   * edits go on being journaled, and afterwards only the records the snapshot holds are dropped.
   */
  writeInBackground(): Promise<void> {
    if (this.background) return this.background;
    const { db, seq } = this.current();
    const bytes = db.exportBytes();
    const generation = ++this.generation;
    this.background = writeFileDurablyInBackground(this.path, bytes, () => generation === this.generation)
      .then((landed) => {
        if (landed) this.journal.dropThrough(seq, this.id);
      })
      .finally(() => {
        this.background = null;
      });
    return this.background;
  }

  get isWriting(): boolean {
    return this.background !== null;
  }

  /** Resolves when no background write is under way (before closing, copying or a synchronous snapshot). */
  async settled(): Promise<void> {
    while (this.background) await this.background.catch(() => {});
  }

  assertNoneInBackground(): void {
    // an older snapshot renamed over a newer one would lose edits: callers await settled() first
    if (this.background) throw new Error('a background snapshot is still being written');
  }

  /** A copy of the current state at another path, written atomically; the open workspace stays where it is. */
  saveCopy(destination: string): void {
    writeFileDurably(destination, this.current().db.exportBytes());
  }

  /** The opening backup: a copy of the file as it was opened, written without holding up edits. */
  async takeOpeningBackup(now: Date): Promise<void> {
    await takeBackupInBackground(this.path, 'open', now);
  }
}

export function shouldBackUpOnOpen(path: string, now: Date): boolean {
  const newest = listBackups(path)[0];
  return !newest || now.getTime() - newest.takenAt.getTime() > BACKUP_ON_OPEN_INTERVAL_MS;
}

/** Temp files of snapshots or journal rewrites that a crash interrupted: never renamed, so never needed. */
export function removeLeftoverTempFiles(path: string): void {
  const prefixes = [`${basename(path)}.tmp-`, `${basename(journalPathFor(path))}.tmp-`];
  for (const name of readdirSync(dirname(path))) {
    if (prefixes.some((prefix) => name.startsWith(prefix))) safeUnlink(join(dirname(path), name));
  }
}
