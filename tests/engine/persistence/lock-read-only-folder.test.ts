import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { insertProfile } from '../../../electron/engine/store/profile';
import { lockPathFor } from '../../../electron/engine/persistence/lock';
import { Workspace } from '../../../electron/engine/workspace';
import { sampleProfile, sha256, tempDir, testEnv } from '../../support/engine';

/**
 * Tests run as root, where chmod does not stop writes, so the read-only folder is simulated: unlinking anything
 * under `readOnlyFolder` fails with EACCES, as it does for a normal user in a folder without write permission.
 */
const denied = vi.hoisted(() => ({ folder: null as string | null }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const unlinkSync: typeof fs.unlinkSync = (path) => {
    if (denied.folder && String(path).startsWith(denied.folder)) {
      throw Object.assign(new Error(`EACCES: permission denied, unlink '${String(path)}'`), { code: 'EACCES', syscall: 'unlink' });
    }
    return fs.unlinkSync(path);
  };
  return { ...fs, default: { ...fs, unlinkSync }, unlinkSync };
});

function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('a stale lock in a read-only folder', () => {
  it('is refused with a plain message about the folder, not a raw EACCES unlink, and nothing is changed', async () => {
    const env = await testEnv();
    const path = join(tempDir(), 'Shared.rapport');
    Workspace.create(path, env, (db) => insertProfile(db, sampleProfile, env.now())).close();
    const staleLock = JSON.stringify({ pid: deadPid(), host: hostname(), since: '2026-01-01T00:00:00Z' });
    writeFileSync(lockPathFor(path), staleLock);
    const before = sha256(path);
    const filesBefore = readdirSync(dirname(path)).sort();

    denied.folder = dirname(path);
    let thrown: unknown;
    try {
      Workspace.open(path, env).close();
    } catch (error) {
      thrown = error;
    } finally {
      denied.folder = null;
    }

    expect(thrown).toMatchObject({ code: 'io-error', details: { reason: 'folder-not-writable' } });
    const message = (thrown as Error).message;
    expect(message).toContain('Shared.rapport');
    expect(message).toMatch(/read-only/);
    expect(message).toMatch(/Copy the file to a folder you can write to/);
    expect(message).not.toMatch(/EACCES|unlink/);
    expect(sha256(path)).toBe(before);
    expect(readdirSync(dirname(path)).sort()).toEqual(filesBefore);
  });
});
