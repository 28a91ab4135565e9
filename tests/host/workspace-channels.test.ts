import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleProfile, sha256, sqliteIntegrity, sqliteQuery, tempDir } from '../support/engine';
import { type RunningHost, startHost } from '../support/host';

const hosts: RunningHost[] = [];
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.stop();
});

async function host(options: Parameters<typeof startHost>[0] = {}) {
  const started = await startHost(options);
  hosts.push(started);
  return started;
}

describe('workspace channels through the browser host', () => {
  it('starts with nothing open and says so', async () => {
    const h = await host();
    expect((await h.rpc('workspace.info')).body).toEqual({ ok: true, value: { open: false } });
    expect((await h.rpc('profile.get')).body).toMatchObject({ ok: false, error: { code: 'no-workspace' } });
    expect((await h.rpc('app.info')).body).toMatchObject({ ok: true, value: { shell: 'browser', nativeFileChooser: false } });
  });

  it('creates a workspace in the downloads folder, named after the business', async () => {
    const h = await host();
    const { body } = await h.rpc('workspace.create', { profile: sampleProfile });
    expect(body).toMatchObject({ ok: true, value: { open: true, fileName: 'Kaffebrænderiet Nord.rapport', profile: sampleProfile } });
    const file = join(h.dir, 'downloads', 'Kaffebrænderiet Nord.rapport');
    expect(sqliteIntegrity(file)).toBe('ok');
    expect(sqliteQuery(file, 'SELECT country, language FROM business_profile')).toBe('DK|da');
    // a second business of the same name gets its own file
    const again = await h.rpc('workspace.create', { profile: sampleProfile });
    expect(again.body.value.fileName).toBe('Kaffebrænderiet Nord (2).rapport');
  });

  it('lists recent workspaces by id and reopens one by id, never by path', async () => {
    const h = await host();
    await h.rpc('workspace.create', { profile: { ...sampleProfile, name: 'First' } });
    await h.rpc('workspace.create', { profile: { ...sampleProfile, name: 'Second' } });
    const recent = (await h.rpc('workspace.recent')).body.value as Array<{ id: string; name: string; exists: boolean }>;
    expect(recent.map((r) => r.name)).toEqual(['Second', 'First']);
    expect(recent.every((r) => r.exists && /^[a-f0-9]{16}$/.test(r.id))).toBe(true);
    const reopened = await h.rpc('workspace.openRecent', { id: recent[1]!.id });
    expect(reopened.body).toMatchObject({ ok: true, value: { profile: { name: 'First' } } });
    expect((await h.rpc('workspace.openRecent', { id: '0123456789abcdef' })).body).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect((await h.rpc('workspace.openRecent', { id: '../../etc/passwd' })).body).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    await h.rpc('workspace.forgetRecent', { id: recent[0]!.id });
    expect(((await h.rpc('workspace.recent')).body.value as unknown[]).length).toBe(1);
  });

  it('closes the workspace, folding every edit into the file and releasing the lock', async () => {
    const h = await host();
    const created = (await h.rpc('workspace.create', { profile: sampleProfile })).body.value;
    await h.rpc('profile.update', { name: 'Renamed' });
    expect((await h.rpc('workspace.close')).body).toEqual({ ok: true, value: null });
    expect(sqliteQuery(created.path, 'SELECT name FROM business_profile')).toBe('Renamed');
    expect(existsSync(`${created.path}.lock`)).toBe(false);
    expect((await h.rpc('workspace.info')).body).toEqual({ ok: true, value: { open: false } });
  });

  it('saves a copy into the downloads folder', async () => {
    const h = await host();
    await h.rpc('workspace.create', { profile: { ...sampleProfile, name: 'Copied' } });
    const { body } = await h.rpc('workspace.saveCopy');
    expect(body.ok).toBe(true);
    expect(body.value.path).toBe(join(h.dir, 'downloads', 'Copied copy.rapport'));
    expect(sqliteIntegrity(body.value.path)).toBe('ok');
  });

  it('reports why the starting workspace could not be opened, and keeps its bytes', async () => {
    const dir = tempDir();
    const path = join(dir, 'not-a-workspace.rapport');
    writeFileSync(path, 'Customer ID,First Name\n1,Anna\n');
    const before = sha256(path);
    const h = await host({ workspace: path });
    const { body } = await h.rpc('workspace.info');
    expect(body).toMatchObject({ ok: false, error: { code: 'workspace-foreign', details: { fileName: 'not-a-workspace.rapport' } } });
    expect(body.error.message).toContain('not-a-workspace.rapport');
    expect(sha256(path)).toBe(before);
    expect(readdirSync(dir)).toEqual(['not-a-workspace.rapport']);
    expect(readFileSync(path, 'utf8')).toBe('Customer ID,First Name\n1,Anna\n');
  });

  it('reopens the last workspace at the next start, unless it was closed', async () => {
    const dir = tempDir();
    const first = await host({ dir });
    await first.rpc('workspace.create', { profile: { ...sampleProfile, name: 'Remembered' } });
    await first.stop();
    const second = await host({ dir });
    expect((await second.rpc('workspace.info')).body).toMatchObject({ ok: true, value: { open: true, profile: { name: 'Remembered' } } });
    await second.rpc('workspace.close');
    await second.stop();
    const third = await host({ dir });
    expect((await third.rpc('workspace.info')).body).toEqual({ ok: true, value: { open: false } });
  });

  it('refuses a locked workspace with the locked code', async () => {
    const dir = tempDir();
    const path = join(dir, 'shared.rapport');
    await host({ workspace: path });
    const second = await host({ workspace: path });
    expect((await second.rpc('workspace.info')).body).toMatchObject({ ok: false, error: { code: 'workspace-locked' } });
  });

  it('lets only https links out of the app', async () => {
    const h = await host();
    for (const url of ['http://example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'https://user:pw@example.com', 'not a url']) {
      expect((await h.rpc('app.openExternal', { url })).body, url).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
  });
});
