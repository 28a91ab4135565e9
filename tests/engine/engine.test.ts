import { LATEST_SCHEMA_VERSION } from '../../electron/engine/migrations';
import { closeSync, copyFileSync, existsSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Engine } from '../../electron/engine/engine';
import { journalPathFor, readJournal } from '../../electron/engine/persistence/journal';
import { listBackups } from '../../electron/engine/persistence/backups';
import { sampleProfile, sqliteIntegrity, sqliteQuery, tempDir, testEnv } from '../support/engine';

const engines: Engine[] = [];
afterEach(async () => {
  vi.useRealTimers();
  for (const engine of engines.splice(0)) await engine.close();
});

async function engineWithWorkspace(policy = { idleMs: 2000, maxJournalBytes: 8 << 20, maxJournalRecords: 2000 }) {
  const env = await testEnv();
  const events: Array<{ event: string; payload: unknown }> = [];
  const engine = new Engine(env, (event, payload) => events.push({ event, payload }), policy);
  engines.push(engine);
  const path = join(tempDir(), 'Nord.rapport');
  const info = await engine.create(path, sampleProfile);
  return { env, engine, events, path, info };
}

describe('Engine', () => {
  it('describes the open workspace', async () => {
    const { info, path } = await engineWithWorkspace();
    expect(info).toMatchObject({ open: true, path, fileName: 'Nord.rapport', schemaVersion: LATEST_SCHEMA_VERSION, profile: sampleProfile });
  });

  it('answers no-workspace when nothing is open', async () => {
    const env = await testEnv();
    const engine = new Engine(env, () => {});
    engines.push(engine);
    expect(engine.status()).toEqual({ open: false });
    expect(() => engine.call('profile.get', {})).toThrow(expect.objectContaining({ code: 'no-workspace' }));
  });

  it('runs profile.update, tells the renderer, and keeps untouched fields', async () => {
    const { engine, events } = await engineWithWorkspace();
    const updated = engine.call('profile.update', { industry: 'Roastery and café supplier' });
    expect(updated).toEqual({ ...sampleProfile, industry: 'Roastery and café supplier' });
    expect(engine.call('profile.get', {})).toEqual(updated);
    expect(events.map((e) => e.event)).toEqual(['workspace.saveState', 'workspace.changed']);
    expect(events[1]!.payload).toEqual({ channels: ['profile.update'] });
  });

  it('does not journal or announce an update that changes nothing', async () => {
    const { engine, events, path } = await engineWithWorkspace();
    engine.call('profile.update', { name: sampleProfile.name });
    expect(events).toEqual([]);
    expect(readJournal(journalPathFor(path)).records).toEqual([]);
  });

  it('snapshots once the user pauses', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { engine, path } = await engineWithWorkspace({ idleMs: 2000, maxJournalBytes: 8 << 20, maxJournalRecords: 2000 });
    engine.call('profile.update', { name: 'Paused' });
    vi.advanceTimersByTime(1900);
    await engine.settled();
    expect(readJournal(journalPathFor(path)).records).toHaveLength(1);
    vi.advanceTimersByTime(200);
    await engine.settled();
    expect(readJournal(journalPathFor(path)).records).toHaveLength(0);
    expect(sqliteQuery(path, 'SELECT name FROM business_profile')).toBe('Paused');
  });

  it('snapshots at once when the journal grows past its limit', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { engine, path } = await engineWithWorkspace({ idleMs: 60_000, maxJournalBytes: 8 << 20, maxJournalRecords: 3 });
    for (const name of ['A', 'B', 'C']) engine.call('profile.update', { name });
    vi.advanceTimersByTime(1);
    await engine.settled();
    expect(readJournal(journalPathFor(path)).records).toHaveLength(0);
    expect(sqliteQuery(path, 'SELECT name FROM business_profile')).toBe('C');
  });

  it.skipIf(!existsSync('/dev/full'))('refuses an edit it cannot make durable (disk full), says so, and does not apply it', async () => {
    const { engine, events, path } = await engineWithWorkspace();
    // Point the journal's descriptor at /dev/full: every write fails with ENOSPC, as on a full disk.
    const journal = (engine as unknown as { workspace: { journal: { fd: number } } }).workspace.journal;
    const realFd = journal.fd;
    journal.fd = openSync('/dev/full', 'r+');
    try {
      expect(() => engine.call('profile.update', { name: 'Lost?' })).toThrow(expect.objectContaining({ code: 'io-error' }));
      expect(engine.call('profile.get', {})).toMatchObject({ name: sampleProfile.name });
      expect(events.at(-1)).toMatchObject({ event: 'workspace.saveState', payload: { state: 'error', message: expect.stringContaining('ENOSPC') } });
    } finally {
      closeSync(journal.fd);
      journal.fd = realFd;
    }
    // with the disk back, edits are saved again and the file still holds only what was acknowledged
    engine.call('profile.update', { name: 'Saved later' });
    expect(readJournal(journalPathFor(path)).records.map((r) => r.seq)).toEqual([1]);
  });

  it('goes on journaling edits while a snapshot is written in the background, and keeps them', async () => {
    const { env, engine, path } = await engineWithWorkspace({ idleMs: 60_000, maxJournalBytes: 8 << 20, maxJournalRecords: 2000 });
    engine.call('profile.update', { name: 'Before snapshot' });
    const snapshot = engine.snapshotNow();
    // while the file is being written: more edits
    engine.call('profile.update', { name: 'During snapshot' });
    engine.call('profile.update', { industry: 'Also during' });
    await snapshot;
    await engine.settled();
    // the snapshot holds the first edit; the journal keeps exactly the two made meanwhile
    expect(readJournal(journalPathFor(path)).records.map((r) => r.seq)).toEqual([2, 3]);
    expect(sqliteQuery(path, 'SELECT name FROM business_profile')).toBe('Before snapshot');
    // a crash now: the file plus the rewritten journal give every edit back
    const copyDir = tempDir();
    const copy = join(copyDir, 'Nord.rapport');
    copyFileSync(path, copy);
    copyFileSync(journalPathFor(path), journalPathFor(copy));
    const other = new Engine(env, () => {});
    engines.push(other);
    const reopened = await other.open(copy);
    expect(reopened.profile).toMatchObject({ name: 'During snapshot', industry: 'Also during' });
    // and new edits append after the rewritten journal's records
    engine.call('profile.update', { name: 'After' });
    expect(readJournal(journalPathFor(path)).records.map((r) => r.seq)).toEqual([2, 3, 4]);
  });

  it('takes the opening backup after answering the open', async () => {
    const { env, engine, path } = await engineWithWorkspace();
    await engine.close();
    const reopened = new Engine(env, () => {});
    engines.push(reopened);
    await reopened.open(path);
    await reopened.settled();
    expect(listBackups(path)).toHaveLength(1);
    expect(sqliteIntegrity(listBackups(path)[0]!.path)).toBe('ok');
  });
});
