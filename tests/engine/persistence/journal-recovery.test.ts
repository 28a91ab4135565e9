import { copyFileSync, readFileSync, readdirSync, truncateSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { insertProfile, readProfile } from '../../../electron/engine/store/profile';
import { journalPathFor, readJournal } from '../../../electron/engine/persistence/journal';
import { Workspace } from '../../../electron/engine/workspace';
import { sampleProfile, tempDir, testEnv } from '../../support/engine';

const EDITS = 20;

/**
 * A workspace with 20 acknowledged edits that live only in its journal, as a crash leaves it (files copied, no
 * close, no lock), and where each journal record starts.
 */
async function crashedWithTwentyEdits() {
  const env = await testEnv();
  const live = join(tempDir(), 'Nord.rapport');
  const workspace = Workspace.create(live, env, (db) => insertProfile(db, sampleProfile, env.now()));
  for (let n = 1; n <= EDITS; n++) {
    workspace.mutate('profile.update', (db) => db.run('UPDATE business_profile SET name = ? WHERE id = 1', [`Name ${n}`]));
  }
  const path = join(tempDir('rapport-crash-'), 'Nord.rapport');
  copyFileSync(live, path);
  copyFileSync(journalPathFor(live), journalPathFor(path));
  workspace.close();
  const journal = readFileSync(journalPathFor(path));
  const frames: number[] = [];
  for (let offset = journal.indexOf(0x0a) + 1; offset < journal.length; offset += 8 + journal.readUInt32LE(offset)) frames.push(offset);
  expect(frames).toHaveLength(EDITS);
  return { env, path, journalPath: journalPathFor(path), original: journal, frames };
}

function damage(path: string, change: (bytes: Buffer) => void): void {
  const bytes = readFileSync(path);
  change(bytes);
  writeFileSync(path, bytes);
}

function editsIn(workspace: Workspace): number {
  return workspace.read((db) => db.get<{ n: number }>('SELECT count(*) AS n FROM change_log'))!.n;
}

function asideFiles(path: string): string[] {
  return readdirSync(dirname(path)).filter((name) => name.includes('.journal.damaged-'));
}

describe('opening with a damaged journal', () => {
  it('a flipped bit in the header: all 20 edits are recovered, the damaged journal is kept beside the file, the user is told', async () => {
    const { env, path, journalPath, original } = await crashedWithTwentyEdits();
    damage(journalPath, (bytes) => (bytes[3]! ^= 0x04)); // "RAPPORT-JOURNAL" → "RAPTORT-JOURNAL"

    const workspace = Workspace.open(path, env);
    expect(workspace.read(readProfile).name).toBe(`Name ${EDITS}`);
    expect(editsIn(workspace)).toBe(EDITS);
    expect(workspace.recovery).toMatchObject({ recovered: EDITS, notApplied: 0, damaged: true, unfinishedEditDropped: false });
    const kept = workspace.recovery!.keptAs!;
    expect(dirname(kept)).toBe(dirname(path));
    expect(kept).toMatch(/Nord\.rapport\.journal\.damaged-\d{8}T\d{6}Z$/);
    const keptBytes = readFileSync(kept);
    expect(keptBytes.equals(original)).toBe(false);
    expect(keptBytes.length).toBe(original.length); // the damaged journal itself, byte for byte
    workspace.close();

    // opening again: the recovered edits are in the file, nothing more to report
    const again = Workspace.open(path, env);
    expect(again.read(readProfile).name).toBe(`Name ${EDITS}`);
    expect(again.recovery).toBeNull();
    again.close();
  });

  it('a flipped bit inside record 11 of 20: the bit is mended and all 20 edits are recovered', async () => {
    const { env, path, journalPath, frames } = await crashedWithTwentyEdits();
    damage(journalPath, (bytes) => (bytes[frames[10]! + 8 + 40]! ^= 0x10));

    const workspace = Workspace.open(path, env);
    expect(editsIn(workspace)).toBe(EDITS);
    expect(workspace.read(readProfile).name).toBe(`Name ${EDITS}`);
    expect(workspace.recovery).toMatchObject({ recovered: EDITS, repaired: 1, notApplied: 0, damaged: true });
    expect(asideFiles(path)).toHaveLength(1);
    workspace.close();
  });

  it('a flipped bit in record 11’s length or checksum: the scan finds record 12 again, and record 11 is mended', async () => {
    for (const field of [1, 5]) {
      const { env, path, journalPath, frames } = await crashedWithTwentyEdits();
      damage(journalPath, (bytes) => (bytes[frames[10]! + field]! ^= 0x01));
      const workspace = Workspace.open(path, env);
      expect(editsIn(workspace), `byte ${field}`).toBe(EDITS);
      expect(workspace.recovery).toMatchObject({ recovered: EDITS, repaired: 1, damaged: true });
      workspace.close();
    }
  });

  it('record 11 of 20 destroyed: edits 1–10 are applied, 12–20 are not applied out of order but kept, and the gap is reported', async () => {
    const { env, path, journalPath, frames } = await crashedWithTwentyEdits();
    damage(journalPath, (bytes) => bytes.fill(0x78, frames[10]! + 8 + 20, frames[10]! + 8 + 60));

    const workspace = Workspace.open(path, env);
    expect(editsIn(workspace)).toBe(10);
    expect(workspace.read(readProfile).name).toBe('Name 10');
    expect(workspace.recovery).toMatchObject({ recovered: 10, repaired: 0, notApplied: 9, missingSeq: 11, damaged: true });
    // the nine intact records after the gap are all in the kept journal, readable
    const kept = readJournal(workspace.recovery!.keptAs!, workspace.id);
    expect(kept.records.map((record) => record.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    expect(kept.damagedBytes).toBeGreaterThan(0);
    workspace.close();
  });

  it('a journal cut mid-record (a crash while appending) is normal: 19 edits back, no damage reported, nothing kept aside', async () => {
    const { env, path, journalPath, frames, original } = await crashedWithTwentyEdits();
    truncateSync(journalPath, frames[19]! + 8 + 30);
    expect(readFileSync(journalPath).length).toBeLessThan(original.length);

    const workspace = Workspace.open(path, env);
    expect(editsIn(workspace)).toBe(19);
    expect(workspace.read(readProfile).name).toBe('Name 19');
    expect(workspace.recovery).toMatchObject({ recovered: 19, damaged: false, keptAs: null, unfinishedEditDropped: true });
    expect(asideFiles(path)).toEqual([]);
    workspace.close();
  });

  it('an unfinished last record whose unwritten part is zeros is a torn tail too, not damage', async () => {
    const { env, path, journalPath, frames } = await crashedWithTwentyEdits();
    damage(journalPath, (bytes) => bytes.fill(0, frames[19]! + 8 + 10));

    const workspace = Workspace.open(path, env);
    expect(editsIn(workspace)).toBe(19);
    expect(workspace.recovery).toMatchObject({ damaged: false, unfinishedEditDropped: true, keptAs: null });
    workspace.close();
  });

  it('an empty or half-written new journal (a crash right after a snapshot) is normal: nothing to report', async () => {
    for (const keep of [0, 7]) {
      const { env, path, journalPath } = await crashedWithTwentyEdits();
      const live = Workspace.open(path, env); // replays and snapshots the 20 edits, then starts a new journal
      live.close();
      truncateSync(journalPath, keep);
      const workspace = Workspace.open(path, env);
      expect(editsIn(workspace), `${keep} bytes`).toBe(EDITS);
      expect(workspace.recovery, `${keep} bytes`).toBeNull();
      expect(asideFiles(path)).toEqual([]);
      workspace.close();
    }
  });

  it('a whole journal is replayed without any report', async () => {
    const { env, path } = await crashedWithTwentyEdits();
    const workspace = Workspace.open(path, env);
    expect(editsIn(workspace)).toBe(EDITS);
    expect(workspace.recovery).toBeNull();
    expect(asideFiles(path)).toEqual([]);
    workspace.close();
  });
});
