import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname } from 'node:path';

let tempCounter = 0;

const tempPathFor = (path: string) => `${path}.tmp-${process.pid}-${++tempCounter}`;

/**
 * Writes bytes so that `path` holds either its old content or the whole new content, whatever happens:
 * temp file in the same folder, fsync, rename over, fsync the folder.
 */
export function writeFileDurably(path: string, bytes: Uint8Array): void {
  const temp = tempPathFor(path);
  const fd = openSync(temp, 'w');
  try {
    writeAll(fd, bytes);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    safeUnlink(temp);
    throw error;
  }
  closeSync(fd);
  moveIntoPlace(temp, path);
}

/**
 * The same, with the writing done asynchronously so the engine can go on journaling edits meanwhile
 * (a 100 MB workspace takes a few hundred milliseconds to write and fsync).
 */
export async function writeFileDurablyInBackground(path: string, bytes: Uint8Array, stillWanted: () => boolean = () => true): Promise<boolean> {
  const temp = tempPathFor(path);
  const handle = await open(temp, 'w');
  try {
    let offset = 0;
    while (offset < bytes.length) offset += (await handle.write(bytes, offset, bytes.length - offset)).bytesWritten;
    await handle.sync();
  } catch (error) {
    await handle.close();
    safeUnlink(temp);
    throw error;
  }
  await handle.close();
  // decided and renamed in one synchronous step, so a newer synchronous snapshot can never be overwritten
  if (!stillWanted()) {
    safeUnlink(temp);
    return false;
  }
  moveIntoPlace(temp, path);
  return true;
}

/** The last step of both writes: the synced temp file replaces `path`, and the rename itself is made durable. */
function moveIntoPlace(temp: string, path: string): void {
  try {
    renameSync(temp, path);
  } catch (error) {
    safeUnlink(temp);
    throw error;
  }
  fsyncFolder(dirname(path));
}

export function writeAll(fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
}

/** Makes a rename or a new file in the folder durable. Windows cannot open folders; there rename is enough. */
export function fsyncFolder(folder: string): void {
  let fd: number;
  try {
    fd = openSync(folder, 'r');
  } catch {
    return;
  }
  try {
    fsyncSync(fd);
  } catch {
    // EISDIR/EPERM on platforms that do not sync folders
  } finally {
    closeSync(fd);
  }
}

export function safeUnlink(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}
