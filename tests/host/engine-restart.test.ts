import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EngineClient } from '../../electron/engine/client';
import { contract } from '../../shared/contract/channels';
import { sampleProfile, tempDir } from '../support/engine';
import { REPO_ROOT } from '../support/host';

const require = createRequire(import.meta.url);
const WORKER = join(REPO_ROOT, 'out/main/engine.js');

/** The real engine worker bundle (from the build), driven the way the main process drives it. */
function startEngine() {
  const logs: string[] = [];
  const events: Array<{ event: string; payload: any }> = [];
  const client = EngineClient.start({ workerPath: WORKER, wasmPath: require.resolve('sql.js/dist/sql-wasm.wasm'), log: (m) => logs.push(m) });
  client.onEvent((event, payload) => events.push({ event, payload }));
  clients.push(client);
  return { client, logs, events };
}

const clients: EngineClient[] = [];
// the worker inherits the environment: lets the crashForTest op end it from inside, as a crashing handler would
process.env.RAPPORT_ENGINE_TEST_HOOKS = '1';
afterEach(async () => {
  for (const client of clients.splice(0)) await client.stop();
});

function rename(client: EngineClient, name: string) {
  return client.request<any>({ op: 'call', channel: 'profile.update', payload: contract['profile.update'].request.parse({ name }) });
}

describe('the engine worker dying', () => {
  it('is restarted with the workspace reopened: the call in flight answers an error, acknowledged edits are all there, later calls work', async () => {
    expect(existsSync(WORKER)).toBe(true);
    const { client, events } = startEngine();
    const path = join(tempDir(), 'Nord.rapport');
    expect((await client.request({ op: 'create', path, profile: sampleProfile })).ok).toBe(true);
    for (let n = 1; n <= 5; n++) expect((await rename(client, `Saved ${n}`)).ok).toBe(true);

    // a handler that ends the worker (process.exit): the call in flight answers instead of hanging
    expect(await client.request({ op: 'crashForTest' })).toMatchObject({ ok: false, error: { code: 'internal' } });

    await client.restarted();
    expect(events).toContainEqual({ event: 'engine.restarted', payload: { restarted: true, reopened: 'Nord.rapport', error: null } });
    expect(events).toContainEqual({ event: 'workspace.switched', payload: expect.objectContaining({ open: true, path }) });
    // every acknowledged edit came back from the journal (none were snapshotted yet), and the lock was taken over
    expect(await client.request({ op: 'call', channel: 'profile.get', payload: {} })).toMatchObject({ ok: true, value: { name: 'Saved 5' } });
    expect(await rename(client, 'After the restart')).toMatchObject({ ok: true, value: { name: 'After the restart' } });
    expect(await client.request({ op: 'status' })).toMatchObject({ ok: true, value: { open: true, path } });
  });

  it('is restarted with nothing open if nothing was open (the thread killed from outside), and keeps answering', async () => {
    const { client, events } = startEngine();
    await client.crashWorkerForTest();
    await client.restarted();
    expect(events).toContainEqual({ event: 'engine.restarted', payload: { restarted: true, reopened: null, error: null } });
    expect(await client.request({ op: 'status' })).toEqual({ ok: true, value: { open: false } });
  });

  it('gives up after crashing again and again, and answers instead of hanging', async () => {
    const { client, events } = startEngine();
    for (let crash = 0; crash < 4; crash++) {
      await client.crashWorkerForTest();
      await client.restarted();
    }
    expect(events.at(-1)).toMatchObject({ event: 'engine.restarted', payload: { restarted: false } });
    expect(await client.request({ op: 'status' })).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
