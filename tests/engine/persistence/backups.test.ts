import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEEP_LATEST, backupFolderFor, listBackups, takeBackup } from '../../../electron/engine/persistence/backups';
import { insertProfile } from '../../../electron/engine/store/profile';
import { Workspace } from '../../../electron/engine/workspace';
import { sampleProfile, sqliteIntegrity, tempDir, testEnv } from '../../support/engine';

async function closedWorkspace() {
  const env = await testEnv();
  const path = join(tempDir(), 'Nord.rapport');
  Workspace.create(path, env, (db) => insertProfile(db, sampleProfile, env.now())).close();
  return { env, path };
}

describe('backups', () => {
  it('backs up on open into a sibling folder, as a readable SQLite file', async () => {
    const { env, path } = await closedWorkspace();
    const workspace = Workspace.open(path, env);
    expect(workspace.backupDue).toBe(true);
    await workspace.takeOpeningBackup();
    workspace.close();
    const backups = listBackups(path);
    expect(backups).toHaveLength(1);
    expect(backups[0]!.path.startsWith(backupFolderFor(path))).toBe(true);
    expect(sqliteIntegrity(backups[0]!.path)).toBe('ok');
  });

  it('does not back up again on every open within the hour', async () => {
    const { env, path } = await closedWorkspace();
    const first = Workspace.open(path, env);
    await first.takeOpeningBackup();
    first.close();
    const second = Workspace.open(path, env);
    expect(second.backupDue).toBe(false);
    second.close();
    expect(listBackups(path)).toHaveLength(1);
  });

  it('keeps the last few and the newest of each of the last seven days', async () => {
    const { path } = await closedWorkspace();
    const day = 24 * 60 * 60 * 1000;
    const start = Date.parse('2026-03-01T10:00:00Z');
    // ten days, three backups a day
    for (let d = 0; d < 10; d++) for (let h = 0; h < 3; h++) takeBackup(path, 'open', new Date(start + d * day + h * 3600_000));
    const kept = listBackups(path).map((b) => b.takenAt.toISOString());
    const now = new Date(start + 9 * day + 2 * 3600_000);
    const latest = kept.slice(0, KEEP_LATEST);
    expect(latest[0]).toBe(now.toISOString());
    const days = new Set(kept.map((k) => k.slice(0, 10)));
    // the last 7 days (plus today's first hours) each keep at least one; older days are gone
    expect(days.has('2026-03-10')).toBe(true);
    expect(days.has('2026-03-04')).toBe(true);
    expect(days.has('2026-03-02')).toBe(false);
    expect(kept.length).toBeLessThanOrEqual(KEEP_LATEST + 7);
    expect(readdirSync(backupFolderFor(path)).filter((n) => n.includes('.tmp-'))).toEqual([]);
  });
});
