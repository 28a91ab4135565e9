import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readFileSync, readdirSync, readlinkSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { insertProfile } from '../../../electron/engine/store/profile';
import { backupFolderFor } from '../../../electron/engine/persistence/backups';
import { journalPathFor } from '../../../electron/engine/persistence/journal';
import { lockPathFor } from '../../../electron/engine/persistence/lock';
import { Workspace } from '../../../electron/engine/workspace';
import { sampleProfile, sha256, sqliteQuery, tempDir, testEnv } from '../../support/engine';

async function closedWorkspace() {
  const env = await testEnv();
  const path = join(tempDir(), 'locked.rapport');
  Workspace.create(path, env, (db) => insertProfile(db, sampleProfile, env.now())).close();
  return { env, path };
}

/** The pid of a process that has certainly ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('workspace lock', () => {
  it('keeps a second opener out while the first has it open', async () => {
    const { env, path } = await closedWorkspace();
    const first = Workspace.open(path, env);
    const before = sha256(path);
    expect(() => Workspace.open(path, env)).toThrow(expect.objectContaining({ code: 'workspace-locked' }));
    expect(sha256(path)).toBe(before);
    first.close();
    Workspace.open(path, env).close();
  });

  it('names the holder in the lock file', async () => {
    const { env, path } = await closedWorkspace();
    const workspace = Workspace.open(path, env);
    expect(JSON.parse(readFileSync(lockPathFor(path), 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
    workspace.close();
  });

  it('takes over a stale lock whose process is gone', async () => {
    const { env, path } = await closedWorkspace();
    writeFileSync(lockPathFor(path), JSON.stringify({ pid: deadPid(), host: hostname(), since: '2026-01-01T00:00:00Z' }));
    const workspace = Workspace.open(path, env);
    expect(JSON.parse(readFileSync(lockPathFor(path), 'utf8')).pid).toBe(process.pid);
    workspace.close();
  });

  it('takes over an unreadable lock file left by a crash', async () => {
    const { env, path } = await closedWorkspace();
    writeFileSync(lockPathFor(path), '{"pid": 12');
    Workspace.open(path, env).close();
  });

  it('respects a lock held on another computer', async () => {
    const { env, path } = await closedWorkspace();
    writeFileSync(lockPathFor(path), JSON.stringify({ pid: 1, host: 'reception-pc', since: '2026-01-01T00:00:00Z' }));
    expect(() => Workspace.open(path, env)).toThrow(/reception-pc/);
  });
});

describe('a workspace opened through a symbolic link', () => {
  it('is locked as its real file: a second open through the link is refused', async () => {
    const { env, path } = await closedWorkspace();
    const link = join(tempDir('rapport-link-'), 'Shortcut.rapport');
    symlinkSync(path, link);
    const first = Workspace.open(path, env);
    expect(() => Workspace.open(link, env)).toThrow(expect.objectContaining({ code: 'workspace-locked' }));
    first.close();
    // and the other way round
    const viaLink = Workspace.open(link, env);
    expect(() => Workspace.open(path, env)).toThrow(expect.objectContaining({ code: 'workspace-locked' }));
    viaLink.close();
  });

  it('keeps the link a link: snapshots, journal and backups are written beside the real file', async () => {
    const { env, path } = await closedWorkspace();
    const linkFolder = tempDir('rapport-link-');
    const link = join(linkFolder, 'Shortcut.rapport');
    symlinkSync(path, link);
    const workspace = Workspace.open(link, env);
    expect(workspace.path).toBe(realpathSync(path));
    expect(existsSync(lockPathFor(path))).toBe(true);
    workspace.mutate('profile.update', (db) => db.run('UPDATE business_profile SET name = ? WHERE id = 1', ['Via the link']));
    expect(existsSync(journalPathFor(path))).toBe(true);
    workspace.snapshot();
    await workspace.takeOpeningBackup();
    workspace.close();

    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(path);
    expect(sqliteQuery(path, 'SELECT name FROM business_profile')).toBe('Via the link');
    // nothing of the workspace's own landed beside the link
    expect(readdirSync(linkFolder)).toEqual(['Shortcut.rapport']);
    expect(existsSync(backupFolderFor(path))).toBe(true);
  });
});
