import { LATEST_SCHEMA_VERSION } from '../../electron/engine/migrations';
import { copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RAPPORT_APPLICATION_ID } from '../../electron/engine/persistence/file-check';
import { insertProfile, readProfile } from '../../electron/engine/store/profile';
import { journalPathFor, readJournal } from '../../electron/engine/persistence/journal';
import { lockPathFor } from '../../electron/engine/persistence/lock';
import { Workspace } from '../../electron/engine/workspace';
import { sampleProfile, sqliteIntegrity, sqliteQuery, tempDir, testEnv } from '../support/engine';

async function newWorkspace(idSeries = 0) {
  const env = await testEnv(undefined, idSeries);
  const path = join(tempDir(), 'Nord.rapport');
  const workspace = Workspace.create(path, env, (db) => insertProfile(db, sampleProfile, env.now()));
  return { env, path, workspace };
}

function rename(workspace: Workspace, name: string) {
  return workspace.mutate('profile.update', (db) => db.run('UPDATE business_profile SET name = ? WHERE id = 1', [name]));
}

/** What a crash leaves: the files as they are on disk now, copied elsewhere, with no close and no lock. */
function crashCopy(path: string): string {
  const copy = join(tempDir('rapport-crash-'), 'Nord.rapport');
  copyFileSync(path, copy);
  if (existsSync(journalPathFor(path))) copyFileSync(journalPathFor(path), journalPathFor(copy));
  return copy;
}

describe('Workspace', () => {
  it('creates a SQLite file any SQLite tool reads, marked as Rapport', async () => {
    const { path, workspace } = await newWorkspace();
    workspace.close();
    expect(sqliteIntegrity(path)).toBe('ok');
    expect(Number(sqliteQuery(path, 'PRAGMA application_id'))).toBe(RAPPORT_APPLICATION_ID);
    expect(Number(sqliteQuery(path, 'PRAGMA user_version'))).toBe(LATEST_SCHEMA_VERSION);
    expect(sqliteQuery(path, 'SELECT name, currency FROM business_profile')).toBe('Kaffebrænderiet Nord|DKK');
    expect(existsSync(lockPathFor(path))).toBe(false);
  });

  it('refuses to create over an existing file', async () => {
    const { env, path, workspace } = await newWorkspace();
    workspace.close();
    expect(() => Workspace.create(path, env, () => {})).toThrow(expect.objectContaining({ code: 'conflict' }));
  });

  it('journals each mutation before it returns, so a crash loses nothing acknowledged', async () => {
    const { env, path, workspace } = await newWorkspace();
    const before = readFileSync(path);
    for (let n = 1; n <= 25; n++) rename(workspace, `Name ${n}`);
    // the file itself was not rewritten: the edits live in the journal
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readJournal(journalPathFor(path)).records.map((r) => r.seq)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));

    const reopened = Workspace.open(crashCopy(path), env);
    expect(reopened.read(readProfile).name).toBe('Name 25');
    expect(reopened.read((db) => db.get<{ n: number }>('SELECT count(*) AS n FROM change_log'))?.n).toBe(25);
    expect(reopened.sequence).toBe(25);
    reopened.close();
    workspace.close();
  });

  it('folds the journal into the file on snapshot and replays nothing twice', async () => {
    const { env, path, workspace } = await newWorkspace();
    rename(workspace, 'One');
    rename(workspace, 'Two');
    workspace.snapshot();
    expect(readJournal(journalPathFor(path)).records).toEqual([]);
    expect(sqliteQuery(path, 'SELECT name FROM business_profile')).toBe('Two');
    rename(workspace, 'Three');
    const reopened = Workspace.open(crashCopy(path), env);
    expect(reopened.read(readProfile).name).toBe('Three');
    expect(reopened.read((db) => db.all('SELECT seq FROM change_log ORDER BY seq'))).toEqual([{ seq: 1 }, { seq: 2 }, { seq: 3 }]);
    reopened.close();
    workspace.close();
  });

  it('skips journal records a snapshot already holds (crash between rename and journal reset)', async () => {
    const { env, path, workspace } = await newWorkspace();
    rename(workspace, 'One');
    rename(workspace, 'Two');
    const journalBefore = readFileSync(journalPathFor(path));
    workspace.snapshot();
    const copy = crashCopy(path);
    writeFileSync(journalPathFor(copy), journalBefore); // the reset did not reach the disk
    const reopened = Workspace.open(copy, env);
    expect(reopened.read(readProfile).name).toBe('Two');
    expect(reopened.read((db) => db.get<{ n: number }>('SELECT count(*) AS n FROM change_log'))?.n).toBe(2);
    reopened.close();
    workspace.close();
  });

  it('ignores a torn last journal record: it was never acknowledged', async () => {
    const { env, path, workspace } = await newWorkspace();
    rename(workspace, 'One');
    rename(workspace, 'Two');
    const copy = crashCopy(path);
    const journal = readFileSync(journalPathFor(copy));
    writeFileSync(journalPathFor(copy), journal.subarray(0, journal.length - 5));
    const reopened = Workspace.open(copy, env);
    expect(reopened.read(readProfile).name).toBe('One');
    reopened.close();
    workspace.close();
  });

  it('rolls a mutation back entirely when it fails, and journals nothing', async () => {
    const { path, workspace } = await newWorkspace();
    expect(() =>
      workspace.mutate('profile.update', (db) => {
        db.run('UPDATE business_profile SET name = ? WHERE id = 1', ['Half done']);
        db.run('UPDATE business_profile SET kind = ? WHERE id = 1', ['martian']);
      }),
    ).toThrow(/CHECK/);
    expect(workspace.read(readProfile).name).toBe(sampleProfile.name);
    expect(readJournal(journalPathFor(path)).records).toEqual([]);
    expect(workspace.sequence).toBe(0);
    workspace.close();
  });

  it('does not count a mutation that changed nothing', async () => {
    const { path, workspace } = await newWorkspace();
    workspace.mutate('profile.update', () => undefined);
    expect(workspace.sequence).toBe(0);
    expect(readJournal(journalPathFor(path)).records).toEqual([]);
    workspace.close();
  });

  it('writes the file atomically on close and leaves no journal records, temp files or lock', async () => {
    const { path, workspace } = await newWorkspace();
    rename(workspace, 'Closed');
    workspace.close();
    expect(sqliteQuery(path, 'SELECT name FROM business_profile')).toBe('Closed');
    expect(readJournal(journalPathFor(path)).records).toEqual([]);
    expect(existsSync(lockPathFor(path))).toBe(false);
    const leftovers = require('node:fs').readdirSync(join(path, '..')).filter((name: string) => name.includes('.tmp-'));
    expect(leftovers).toEqual([]);
  });

  it('saves a copy elsewhere without moving the workspace', async () => {
    const { path, workspace } = await newWorkspace();
    rename(workspace, 'Copied');
    const copy = join(tempDir(), 'copy.rapport');
    workspace.saveCopy(copy);
    expect(sqliteIntegrity(copy)).toBe('ok');
    expect(sqliteQuery(copy, 'SELECT name FROM business_profile')).toBe('Copied');
    expect(statSync(path).isFile()).toBe(true);
    workspace.close();
  });

  it('sets aside a journal that belongs to another workspace instead of replaying it', async () => {
    const a = await newWorkspace();
    const b = await newWorkspace(1);
    rename(b.workspace, 'From B');
    const copy = crashCopy(a.path);
    a.workspace.close();
    copyFileSync(journalPathFor(b.path), journalPathFor(copy));
    const reopened = Workspace.open(copy, a.env);
    expect(reopened.read(readProfile).name).toBe(sampleProfile.name);
    expect(a.env.logs.some((line) => line.includes('journal of another workspace set aside'))).toBe(true);
    reopened.close();
    b.workspace.close();
  });
});

describe('mutations too large to journal', () => {
  it('are saved by writing the whole database before they return, leaving the journal empty', async () => {
    const { env, path, workspace } = await newWorkspace();
    workspace.journalLimitBytes = 2_000;
    rename(workspace, 'Small edit'); // journaled as usual
    expect(readJournal(journalPathFor(path)).records).toHaveLength(1);
    workspace.mutate('bulk', (db) => {
      db.run('CREATE TABLE bulk_rows (n INTEGER, label TEXT)');
      for (let n = 0; n < 500; n++) db.run('INSERT INTO bulk_rows (n, label) VALUES (?, ?)', [n, `row ${n}`]);
    });
    // nothing in the journal: the file itself holds the small edit and the bulk rows
    expect(readJournal(journalPathFor(path)).records).toEqual([]);
    expect(sqliteQuery(path, 'SELECT count(*) FROM bulk_rows')).toBe('500');
    expect(sqliteQuery(path, 'SELECT name FROM business_profile')).toBe('Small edit');
    // and later small edits journal on top of it, surviving a crash
    rename(workspace, 'After the bulk');
    const reopened = Workspace.open(crashCopy(path), env);
    expect(reopened.read(readProfile).name).toBe('After the bulk');
    expect(reopened.read((db) => db.get<{ n: number }>('SELECT count(*) AS n FROM bulk_rows'))?.n).toBe(500);
    expect(reopened.sequence).toBe(3);
    reopened.close();
    workspace.close();
  });

  it('never lets an older background snapshot land over a newer whole save', async () => {
    const { path, workspace } = await newWorkspace();
    workspace.journalLimitBytes = 2_000;
    rename(workspace, 'Before');
    const background = workspace.snapshotInBackground(); // exports "Before", writes asynchronously
    workspace.mutate('bulk', (db) => {
      db.run('UPDATE business_profile SET name = ? WHERE id = 1', ['Bulk']);
      for (let n = 0; n < 300; n++) db.run('INSERT INTO change_log (seq, at, channel) VALUES (?, ?, ?)', [1000 + n, 'x', 'filler']);
    });
    await background;
    expect(sqliteQuery(path, 'SELECT name FROM business_profile')).toBe('Bulk');
    workspace.close();
  });
});
