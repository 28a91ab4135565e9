import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleProfile, tempDir } from '../support/engine';
import { type RunningHost, trackedHosts } from '../support/host';

const host = trackedHosts(afterEach);

const csvRequest = { columns: ['firstName', 'lastName'], delimiter: ',' };

describe('the browser host documents folder', () => {
  it('defaults to Rapport in the home folder, says so at start, and puts workspaces, copies and exports there', async () => {
    const home = tempDir();
    const h = await host({ documentsFlag: false, env: { HOME: home, USERPROFILE: home } });
    const documents = join(home, 'Rapport');
    expect(h.banner).toContain(`New workspaces, copies and exports are saved in ${documents}`);

    const created = (await h.rpc('workspace.create', { profile: sampleProfile })).body;
    expect(created.value.path).toBe(join(documents, 'Kaffebrænderiet Nord.rapport'));
    expect((await h.rpc('workspace.saveCopy')).body.value.path).toBe(join(documents, 'Kaffebrænderiet Nord copy.rapport'));
    const exported = (await h.rpc('exports.customersCsv', csvRequest)).body.value;
    expect(exported.path).toBe(join(documents, 'Kaffebrænderiet Nord customers.csv'));
    expect(existsSync(exported.path)).toBe(true);
    // never the system temp folder, which a reboot may empty
    for (const path of [created.value.path, exported.path]) expect(dirname(path)).not.toBe(tmpdir());
  });

  it('takes another folder with --documents, and still understands the earlier --downloads', async () => {
    const chosen = join(tempDir(), 'My files');
    const h = await host({ documentsFlag: false, extraArgs: ['--documents', chosen] });
    expect(h.banner).toContain(`New workspaces, copies and exports are saved in ${chosen}`);
    expect((await h.rpc('workspace.create', { profile: sampleProfile })).body.value.path).toBe(join(chosen, 'Kaffebrænderiet Nord.rapport'));

    const old = join(tempDir(), 'exports');
    const h2 = await host({ documentsFlag: false, extraArgs: ['--downloads', old], workspace: join(tempDir(), 'Shop.rapport') });
    expect((await h2.rpc('exports.customersCsv', csvRequest)).body.value.path).toBe(join(old, 'Shop customers.csv'));
  });
});

describe('downloads of exports', () => {
  async function exported() {
    const h = await host({ workspace: join(tempDir(), 'Søby Shop.rapport') });
    await h.rpc('customers.create', { customer: { firstName: 'Søren', lastName: 'Ærø' } });
    const { body } = await h.rpc('exports.customersCsv', csvRequest);
    expect(body.ok).toBe(true);
    return { h, file: body.value as { path: string; downloadUrl: string; revealId: string | null; rows: number } };
  }
  const get = (h: RunningHost, path: string, token: string | null = h.token, method = 'GET') =>
    fetch(`${h.origin}${path}`, { method, headers: token === null ? {} : { 'x-rapport-token': token } });

  it('answers the export with a one-time download URL and no "show in folder" (a browser cannot show folders)', async () => {
    const { h, file } = await exported();
    expect(file.downloadUrl).toMatch(/^\/download\/[a-f0-9]{32}$/);
    expect(file.revealId).toBeNull();
    expect(file.rows).toBe(1);
    expect(file.path).toBe(join(h.documents, 'Søby Shop customers.csv'));

    const response = await get(h, file.downloadUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Sby Shop customers.csv"; filename*=UTF-8''${encodeURIComponent('Søby Shop customers.csv')}`,
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(file.path))).toBe(true);

    // once only
    expect((await get(h, file.downloadUrl)).status).toBe(404);
  });

  it('needs the token, GET, and an id the host gave out', async () => {
    const { h, file } = await exported();
    expect((await get(h, file.downloadUrl, null)).status).toBe(401);
    expect((await get(h, file.downloadUrl, 'wrong'.padEnd(h.token.length, 'x'))).status).toBe(401);
    expect((await get(h, file.downloadUrl, h.token, 'POST')).status).toBe(405);
    expect((await get(h, `/download/${'0'.repeat(32)}`)).status).toBe(404);
    // a refused attempt does not use the id up
    expect((await get(h, file.downloadUrl)).status).toBe(200);
  });

  it('serves no path the request names', async () => {
    const { h } = await exported();
    mkdirSync(join(h.dir, 'secret'), { recursive: true });
    for (const path of ['/download/..%2F..%2Fsecret', `/download/${'a'.repeat(31)}`, '/download/%2Fetc%2Fpasswd']) {
      const response = await get(h, path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-disposition')).toBeNull();
    }
  });
});
