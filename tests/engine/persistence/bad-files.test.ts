import { LATEST_SCHEMA_VERSION } from '../../../electron/engine/migrations';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { insertProfile } from '../../../electron/engine/store/profile';
import { Workspace } from '../../../electron/engine/workspace';
import { sampleProfile, sha256, tempDir, testEnv } from '../../support/engine';

/** A real, closed Rapport workspace to damage. */
async function goodWorkspaceBytes(): Promise<Buffer> {
  const env = await testEnv();
  const path = join(tempDir(), 'good.rapport');
  const workspace = Workspace.create(path, env, (db) => {
    insertProfile(db, sampleProfile, env.now());
    // some bulk so that cutting the file loses whole pages
    db.run('CREATE TABLE filler (id INTEGER PRIMARY KEY, text TEXT)');
    for (let i = 0; i < 400; i++) db.run('INSERT INTO filler (text) VALUES (?)', [`row ${i} `.repeat(20)]);
  });
  workspace.close();
  return readFileSync(path);
}

function sqliteFileWith(sql: string): Buffer {
  const path = join(tempDir(), 'other.db');
  execFileSync('sqlite3', [path, sql]);
  return readFileSync(path);
}

interface BadFile {
  name: string;
  bytes: () => Promise<Buffer>;
  code: string;
  message: RegExp;
}

const cases: BadFile[] = [
  { name: 'an empty file', bytes: async () => Buffer.alloc(0), code: 'workspace-corrupt', message: /empty/ },
  { name: 'a text file', bytes: async () => Buffer.from('Name,Email\nAnna,anna@example.com\n'), code: 'workspace-foreign', message: /not a database/ },
  { name: 'a PNG renamed to .rapport', bytes: async () => Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), code: 'workspace-foreign', message: /not a database/ },
  { name: 'a file cut inside its header', bytes: async () => (await goodWorkspaceBytes()).subarray(0, 60), code: 'workspace-corrupt', message: /cut short/ },
  { name: 'a file cut mid-page', bytes: async () => (await goodWorkspaceBytes()).subarray(0, 10_000), code: 'workspace-corrupt', message: /cut short/ },
  {
    name: 'a file cut on a page boundary',
    bytes: async () => {
      const bytes = await goodWorkspaceBytes();
      return bytes.subarray(0, Math.floor(bytes.length / 2 / 4096) * 4096);
    },
    code: 'workspace-corrupt',
    message: /cut short/,
  },
  {
    name: 'a file with garbage appended',
    bytes: async () => Buffer.concat([await goodWorkspaceBytes(), Buffer.from('garbage appended by a faulty copy\n')]),
    code: 'workspace-corrupt',
    message: /damaged: it has 34 bytes of unexpected data after the end of the database/,
  },
  {
    name: 'a file grown by whole pages',
    bytes: async () => Buffer.concat([await goodWorkspaceBytes(), Buffer.alloc(8192, 0x5a)]),
    code: 'workspace-corrupt',
    message: /damaged: it has 8,192 bytes of unexpected data after the end/,
  },
  {
    name: 'a file with damaged pages',
    bytes: async () => {
      const bytes = Buffer.from(await goodWorkspaceBytes());
      bytes.fill(0xa5, 4096 * 2, 4096 * 4); // scribble over two b-tree pages, header intact
      return bytes;
    },
    code: 'workspace-corrupt',
    message: /damaged/,
  },
  {
    name: "another application's SQLite file",
    bytes: async () => sqliteFileWith('PRAGMA application_id = 1234; CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);'),
    code: 'workspace-foreign',
    message: /another application/,
  },
  {
    name: 'a plain SQLite file with no application id',
    bytes: async () => sqliteFileWith('CREATE TABLE t (x);'),
    code: 'workspace-foreign',
    message: /another application/,
  },
  {
    name: 'a workspace from a newer Rapport',
    bytes: async () => {
      const bytes = Buffer.from(await goodWorkspaceBytes());
      bytes.writeUInt32BE(99, 60); // user_version
      return bytes;
    },
    code: 'workspace-too-new',
    message: /newer version of Rapport/,
  },
];

describe('opening files that are not whole Rapport workspaces', () => {
  for (const bad of cases) {
    it(`refuses ${bad.name} with ${bad.code} and leaves its bytes untouched`, async () => {
      const env = await testEnv();
      const path = join(tempDir(), 'suspect.rapport');
      writeFileSync(path, await bad.bytes());
      const before = sha256(path);
      let thrown: unknown;
      try {
        Workspace.open(path, env).close();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toMatchObject({ code: bad.code });
      expect((thrown as Error).message).toMatch(bad.message);
      expect((thrown as Error).message).toContain('suspect.rapport');
      expect(sha256(path)).toBe(before);
      // nothing written beside it either: no lock left, no journal, no backups
      expect(readdirSync(dirname(path))).toEqual(['suspect.rapport']);
    });
  }

  it('reports a missing file as not-found', async () => {
    const env = await testEnv();
    expect(() => Workspace.open(join(tempDir(), 'gone.rapport'), env)).toThrow(expect.objectContaining({ code: 'not-found' }));
  });

  it('still opens the good file the damaged ones were made from', async () => {
    const env = await testEnv();
    const path = join(tempDir(), 'fine.rapport');
    writeFileSync(path, await goodWorkspaceBytes());
    const workspace = Workspace.open(path, env);
    expect(workspace.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    workspace.close();
    expect(existsSync(path)).toBe(true);
  });
});
