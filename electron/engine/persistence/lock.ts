import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { RapportFailure } from '../../../shared/contract/result';

/**
 * Keeps two Rapport instances from writing one workspace. A lock file next to the workspace names the
 * process and computer that hold it; a lock whose process on this computer is gone is stale and taken over.
 */
interface LockOwner {
  pid: number;
  host: string;
  since: string;
  /** Which engine in the process: the main process restarts a crashed engine worker under the same pid. */
  engine?: string;
}

/**
 * This engine's name in lock files, and the engines of this process known to have died (a crashed worker the
 * main process replaced): their locks are stale although the pid is alive. The worker sets it at start.
 */
const engineIdentity: { id: string; predecessors: Set<string> } = { id: randomUUID(), predecessors: new Set() };

export function setLockEngineIdentity(id: string, predecessors: readonly string[]): void {
  engineIdentity.id = id;
  engineIdentity.predecessors = new Set(predecessors);
}

export function lockPathFor(workspacePath: string): string {
  return `${workspacePath}.lock`;
}

export class WorkspaceLock {
  private constructor(
    private readonly path: string,
    private readonly owner: LockOwner,
  ) {}

  static acquire(workspacePath: string, fileName: string, now: Date): WorkspaceLock {
    const path = lockPathFor(workspacePath);
    const owner: LockOwner = { pid: process.pid, host: hostname(), since: now.toISOString(), engine: engineIdentity.id };
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(path, 'wx');
        try {
          writeSync(fd, JSON.stringify(owner));
        } finally {
          closeSync(fd);
        }
        return new WorkspaceLock(path, owner);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (isNotWritable(code)) throw folderNotWritable(fileName, code);
        if (code !== 'EEXIST') throw error;
      }
      const holder = readOwner(path);
      if (holder && !isStale(holder)) {
        const where = holder.host === owner.host ? 'on this computer' : `on the computer “${holder.host}”`;
        throw new RapportFailure('workspace-locked', `“${fileName}” is open in another Rapport window ${where}. Close it there first.`, {
          pid: holder.pid,
          host: holder.host,
          since: holder.since,
        });
      }
      // stale: its process is gone, or the file is unreadable leftovers of a crash
      try {
        unlinkSync(path);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') continue; // another opener removed it first
        if (isNotWritable(code)) throw folderNotWritable(fileName, code);
        throw error;
      }
    }
    throw new RapportFailure('workspace-locked', `“${fileName}” could not be locked for writing.`);
  }

  release(): void {
    const holder = readOwner(this.path);
    if (holder && holder.pid === this.owner.pid && holder.host === this.owner.host && holder.since === this.owner.since && holder.engine === this.owner.engine) {
      try {
        unlinkSync(this.path);
      } catch {
        // already removed
      }
    }
  }
}

function isNotWritable(code: string | undefined): code is 'EACCES' | 'EPERM' | 'EROFS' {
  return code === 'EACCES' || code === 'EPERM' || code === 'EROFS';
}

/** A lock can be neither made nor cleared in a folder Rapport may not write to: say so plainly, not `EACCES … unlink`. */
function folderNotWritable(fileName: string, code: 'EACCES' | 'EPERM' | 'EROFS'): RapportFailure {
  const why = code === 'EROFS' ? 'is on a read-only disk' : 'is read-only for you';
  return new RapportFailure(
    'io-error',
    `The folder of “${fileName}” ${why}, so Rapport can't open workspaces there for writing. Copy the file to a folder you can write to and open it there, or change the folder's permissions.`,
    { reason: 'folder-not-writable', code },
  );
}

function readOwner(path: string): LockOwner | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string' && typeof parsed.since === 'string' && (parsed.engine === undefined || typeof parsed.engine === 'string')) {
      return parsed as LockOwner;
    }
  } catch {
    // unreadable: treated as stale
  }
  return null;
}

function isStale(holder: LockOwner): boolean {
  if (holder.host !== hostname()) return false; // another computer's process cannot be checked from here
  // this very process holds it (another window), unless through an engine worker that crashed and was replaced
  if (holder.pid === process.pid) return holder.engine !== undefined && engineIdentity.predecessors.has(holder.engine);
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
