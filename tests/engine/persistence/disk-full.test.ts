import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { insertProfile, readProfile } from '../../../electron/engine/store/profile';
import { journalPathFor } from '../../../electron/engine/persistence/journal';
import { Workspace } from '../../../electron/engine/workspace';
import { sampleProfile, sha256, tempDir, testEnv } from '../../support/engine';

/**
 * A full disk, simulated: while `full` is set, creating the temp file of a durable write fails with ENOSPC (as
 * the first write into it would on a full disk), and the folder reports 12,288 bytes free.
 */
const disk = vi.hoisted(() => ({ full: false }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const openSync = ((...args: Parameters<typeof fs.openSync>) => {
    if (disk.full && String(args[0]).includes('.tmp-')) {
      throw Object.assign(new Error(`ENOSPC: no space left on device, open '${String(args[0])}'`), { code: 'ENOSPC', syscall: 'open' });
    }
    return fs.openSync(...args);
  }) as typeof fs.openSync;
  const statfsSync = ((path: string) => (disk.full ? { ...fs.statfsSync(path), bavail: 3, bsize: 4096 } : fs.statfsSync(path))) as typeof fs.statfsSync;
  return { ...fs, default: { ...fs, openSync, statfsSync }, openSync, statfsSync };
});

describe('opening after the disk filled up', () => {
  it('says how much free space opening needs, and loses nothing: once there is room, every edit is there', async () => {
    const env = await testEnv();
    const live = join(tempDir(), 'Nord.rapport');
    const workspace = Workspace.create(live, env, (db) => insertProfile(db, sampleProfile, env.now()));
    for (let n = 1; n <= 10; n++) workspace.mutate('profile.update', (db) => db.run('UPDATE business_profile SET name = ? WHERE id = 1', [`Edit ${n}`]));
    const path = join(tempDir('rapport-crash-'), 'Nord.rapport');
    copyFileSync(live, path);
    copyFileSync(journalPathFor(live), journalPathFor(path));
    workspace.close();
    const fileBefore = sha256(path);
    const journalBefore = readFileSync(journalPathFor(path));

    disk.full = true;
    let thrown: any;
    try {
      Workspace.open(path, env).close();
    } catch (error) {
      thrown = error;
    } finally {
      disk.full = false;
    }

    expect(thrown).toMatchObject({ code: 'io-error', details: { reason: 'disk-full', freeBytes: 12_288 } });
    const needed: number = thrown.details.neededBytes;
    expect(needed).toBeGreaterThanOrEqual(readFileSync(path).length); // the whole database, replayed
    expect(thrown.message).toContain('Nord.rapport');
    expect(thrown.message).toContain(`${needed.toLocaleString('en')} bytes`);
    expect(thrown.message).toMatch(/12 KB free/);
    expect(thrown.message).not.toMatch(/ENOSPC/);
    // nothing was touched: the file as it was, the journal whole
    expect(sha256(path)).toBe(fileBefore);
    expect(readFileSync(journalPathFor(path)).equals(journalBefore)).toBe(true);

    const reopened = Workspace.open(path, env);
    expect(reopened.read(readProfile).name).toBe('Edit 10');
    reopened.close();
  });
});
