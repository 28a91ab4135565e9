import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync, realpathSync } from 'node:fs';
import { basename } from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import { RapportFailure } from '../../../shared/contract/result';
import { WorkspaceDatabase } from '../database';

/**
 * Reading a workspace file from disk for opening: where it really is, its first bytes and its whole content with
 * a plain message when the disk refuses, its integrity once loaded, and its identity. Nothing here writes.
 */

/**
 * The file a requested path names. Through a symbolic link, the lock, journal, snapshots and backups all belong
 * beside the file it points to: otherwise a second opener via the other name is not locked out, and the first
 * snapshot's rename would replace the link with a separate file.
 */
export function resolveWorkspacePath(requestedPath: string): string {
  if (!existsSync(requestedPath)) {
    throw new RapportFailure('not-found', `“${basename(requestedPath)}” does not exist any more.`, { path: requestedPath });
  }
  try {
    return realpathSync(requestedPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new RapportFailure('io-error', `“${basename(requestedPath)}” could not be found on disk (${code ?? 'unknown error'}).`, { path: requestedPath });
  }
}

/** The first 100 bytes (the SQLite header) and the file's size: enough to refuse what is not ours. */
export function readWorkspaceHead(path: string, fileName: string): { bytes: Uint8Array; size: number } {
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

export function readWorkspaceFile(path: string, fileName: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new RapportFailure('io-error', `“${fileName}” could not be read (${code ?? 'unknown error'}).`, { path });
  }
}

/** Loads the bytes into sql.js and refuses a database whose pages do not pass SQLite's quick check. */
export function loadAndVerify(SQL: SqlJsStatic, bytes: Uint8Array, fileName: string): WorkspaceDatabase {
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

/** The workspace's id and the sequence number of the last journal record its saved state holds. */
export function readIdentity(db: WorkspaceDatabase, fileName: string): { id: string; seq: number } {
  const id = metaValue(db, 'workspace_id');
  const seq = Number(metaValue(db, 'journal_seq'));
  if (!id || !Number.isInteger(seq)) {
    throw new RapportFailure('workspace-corrupt', `“${fileName}” is damaged: its workspace identity is missing.`, {
      reason: 'missing-meta',
    });
  }
  return { id, seq };
}

export function metaValue(db: WorkspaceDatabase, key: string): string | undefined {
  try {
    return db.get<{ value: string }>('SELECT value FROM rapport_meta WHERE key = ?', [key])?.value;
  } catch {
    return undefined;
  }
}
