import { closeSync, constants, copyFileSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, statSync } from 'node:fs';
import { copyFile, open, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fsyncFolder, safeUnlink } from './durable-file';

/**
 * Rotating copies of a workspace in a sibling folder `<name>.backups/`: the last few, plus the newest of each
 * of the last seven days. Written like snapshots (temp, fsync, rename), so a backup is never torn.
 */
export const KEEP_LATEST = 5;
export const KEEP_DAYS = 7;

export function backupFolderFor(workspacePath: string): string {
  return join(dirname(workspacePath), `${basename(workspacePath)}.backups`);
}

export interface BackupEntry {
  path: string;
  takenAt: Date;
}

/** Copies the workspace file into the backup folder now (before a migration, which must wait for it). */
export function takeBackup(workspacePath: string, reason: string, now: Date): string {
  const { folder, target, temp } = backupTarget(workspacePath, reason, now);
  copyFileSync(workspacePath, temp, constants.COPYFILE_FICLONE); // a clone where the file system can (see below)
  const fd = openSync(temp, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, target);
  fsyncFolder(folder);
  rotateBackups(workspacePath, now);
  return target;
}

/** The same without blocking the engine: for backups nothing waits on. */
export async function takeBackupInBackground(workspacePath: string, reason: string, now: Date): Promise<string> {
  const { folder, target, temp } = backupTarget(workspacePath, reason, now);
  // a clone where the file system can (APFS, Btrfs, XFS): no bytes to copy, read or flush, which for a workspace
  // of hundreds of megabytes is seconds of disk work; elsewhere an ordinary copy
  await copyFile(workspacePath, temp, constants.COPYFILE_FICLONE);
  const handle = await open(temp, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, target);
  fsyncFolder(folder);
  rotateBackups(workspacePath, now);
  return target;
}

function backupTarget(workspacePath: string, reason: string, now: Date) {
  const folder = backupFolderFor(workspacePath);
  mkdirSync(folder, { recursive: true });
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const stem = basename(workspacePath).replace(/\.rapport$/i, '');
  const target = join(folder, `${stem}-${stamp}-${reason}.rapport`);
  return { folder, target, temp: `${target}.tmp-${process.pid}` };
}

export function listBackups(workspacePath: string): BackupEntry[] {
  const folder = backupFolderFor(workspacePath);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.rapport'))
    .map((name) => ({ path: join(folder, name), takenAt: stampOf(name) ?? statSync(join(folder, name)).mtime }))
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
}

/** Keeps the newest KEEP_LATEST, and the newest of each of the last KEEP_DAYS days; removes the rest. */
export function rotateBackups(workspacePath: string, now: Date): void {
  const backups = listBackups(workspacePath);
  const keep = new Set(backups.slice(0, KEEP_LATEST).map((b) => b.path));
  const seenDays = new Set<string>();
  const oldest = now.getTime() - KEEP_DAYS * 24 * 60 * 60 * 1000;
  for (const backup of backups) {
    const day = backup.takenAt.toISOString().slice(0, 10);
    if (backup.takenAt.getTime() >= oldest && !seenDays.has(day)) {
      seenDays.add(day);
      keep.add(backup.path);
    }
  }
  for (const backup of backups) if (!keep.has(backup.path)) safeUnlink(backup.path);
}

/** The time a backup was taken, from its name (the clock of the engine, not the file system's). */
function stampOf(name: string): Date | null {
  const match = /-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z-[a-z-]+\.rapport$/.exec(name);
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match;
  return new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`);
}
