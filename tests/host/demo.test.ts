import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sqliteIntegrity, sqliteQuery, tempDir } from '../support/engine';
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

const demoPath = (dir: string) => join(dir, 'data', 'Demo', 'Nordlys Kafferisteri (demo).rapport');

describe('the demo workspace through the browser host', () => {
  it('workspace.createDemo generates the demo in the data folder, then opens the same file again', async () => {
    const h = await host();
    const { body } = await h.rpc('workspace.createDemo');
    expect(body).toMatchObject({
      ok: true,
      value: { open: true, path: demoPath(h.dir), fileName: 'Nordlys Kafferisteri (demo).rapport', profile: { name: 'Nordlys Kafferisteri', country: 'DK', currency: 'DKK' } },
    });
    const listed = await h.rpc('customers.list', { limit: 1 });
    expect(listed.body.value.total).toBeGreaterThan(390);
    expect((await h.rpc('workspace.recent')).body.value[0]).toMatchObject({ name: 'Nordlys Kafferisteri', exists: true });

    // a second time opens what is there (edits kept), it does not generate again
    await h.rpc('profile.update', { name: 'Nordlys (tried things)' });
    await h.rpc('workspace.close');
    const again = await h.rpc('workspace.createDemo');
    expect(again.body).toMatchObject({ ok: true, value: { path: demoPath(h.dir), profile: { name: 'Nordlys (tried things)' } } });
    expect((await h.rpc('workspace.createDemo', { seed: 1 })).body).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    await h.stop();
    expect(sqliteIntegrity(demoPath(h.dir))).toBe('ok');
  });

  it('--demo-on-first-run opens the demo on a fresh install only', async () => {
    const dir = tempDir();
    const first = await host({ dir, extraArgs: ['--demo-on-first-run'] });
    expect((await first.rpc('workspace.info')).body).toMatchObject({ ok: true, value: { open: true, path: demoPath(dir) } });
    expect(Number(sqliteQuery(demoPath(dir), 'SELECT count(*) FROM customers'))).toBeGreaterThan(390);
    await first.rpc('workspace.close');
    await first.stop();

    // once something was opened, the welcome screen (or the last workspace) as usual
    const second = await host({ dir, extraArgs: ['--demo-on-first-run'] });
    expect((await second.rpc('workspace.info')).body).toEqual({ ok: true, value: { open: false } });
    await second.stop();
  });

  it('leaves the host default alone: no flag, no demo', async () => {
    const h = await host();
    expect((await h.rpc('workspace.info')).body).toEqual({ ok: true, value: { open: false } });
    expect(existsSync(demoPath(h.dir))).toBe(false);
  });

  it('--demo-on-first-run does not override --workspace', async () => {
    const dir = tempDir();
    const path = join(dir, 'Mine.rapport');
    const h = await host({ dir, workspace: path, extraArgs: ['--demo-on-first-run'] });
    expect((await h.rpc('workspace.info')).body).toMatchObject({ ok: true, value: { open: true, path } });
    expect(existsSync(demoPath(dir))).toBe(false);
  });
});
