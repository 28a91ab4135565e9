import { statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import { RapportFailure } from '../../../shared/contract/result';

/**
 * Opening writes the whole database with its replayed edits beside the file before it empties the journal. When the
 * disk is full, say how much room that takes, rather than a bare ENOSPC; the journal is untouched, so nothing is lost.
 */
export function withRoomOnDisk(path: string, fileName: string, needed: number, write: () => void): void {
  try {
    write();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOSPC' && code !== 'EDQUOT') throw error;
    const free = freeBytesAt(dirname(path));
    const room = free === null ? '' : ` The disk has ${formatBytes(free)} free; free at least ${formatBytes(Math.max(needed - free, 0) + 1024 * 1024)} more.`;
    throw new RapportFailure(
      'io-error',
      `There is not enough free disk space to open “${fileName}”: opening saves the workspace with its latest edits, which needs ${formatBytes(needed)} (${needed.toLocaleString('en')} bytes) of free space in its folder.${room} Nothing was lost: the edits are kept in its journal until it can be opened.`,
      { reason: 'disk-full', neededBytes: needed, freeBytes: free },
    );
  }
}

function freeBytesAt(folder: string): number | null {
  try {
    const stats = statfsSync(folder);
    return Number(stats.bavail) * Number(stats.bsize);
  } catch {
    return null;
  }
}

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024).toLocaleString('en')} KB`;
  return `${(bytes / (1024 * 1024)).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
}
