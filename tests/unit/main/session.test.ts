import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../electron/engine/engine';
import type { EngineRequest } from '../../../electron/engine/protocol';
import { serve } from '../../../electron/engine/service';
import type { NativePorts } from '../../../electron/main/native/ports';
import { RecentStore } from '../../../electron/main/recent-store';
import { type EngineConnection, WorkspaceSession, fileNameFor, withRapportExtension } from '../../../electron/main/session';
import { RapportFailure, type Result } from '../../../shared/contract/result';
import { sampleProfile, tempDir, testEnv } from '../../support/engine';
import { trackedEngines } from '../../support/engines';

const engines = trackedEngines();

/**
 * A session on a real in-process engine, answered by the worker's own `serve` (what the worker thread does, without
 * the thread), real recent list in a temp data folder, and ports that record what the shell was asked to do.
 */
async function sessionOnRealEngine(options: { copyPath?: string | null } = {}) {
  const env = await testEnv();
  const engine = new Engine(env, () => {});
  engines.push(engine);
  const answers: Array<{ request: EngineRequest; result: Result<unknown> }> = [];
  const connection: EngineConnection = {
    request: (async (request: EngineRequest) => {
      const result = await serve(engine, request, env.log);
      answers.push({ request, result });
      return result;
    }) as EngineConnection['request'],
    cancelJob: () => {},
  };
  const dir = tempDir('rapport-session-');
  const dataDir = join(dir, 'data');
  const recents = new RecentStore(dataDir);
  const events: Array<{ event: string; payload: unknown }> = [];
  const recentDocuments: string[] = [];
  const revealed: string[] = [];
  const ports: NativePorts = {
    hasNativeFileChooser: true,
    canRevealFiles: true,
    chooseNewWorkspacePath: async () => null,
    chooseWorkspaceToOpen: async () => null,
    chooseCopyPath: async () => options.copyPath ?? null,
    chooseExportPath: async () => null,
    revealInFolder: (path) => revealed.push(path),
    offerDownload: () => null,
    openExternal: async () => {},
    addRecentDocument: (path) => recentDocuments.push(path),
  };
  const session = new WorkspaceSession(connection, recents, ports, (event, payload) => events.push({ event, payload }), dataDir, () => new Date('2026-03-01T10:00:00.000Z'));
  return { session, engine, recents, events, recentDocuments, revealed, answers, dir, dataDir };
}

async function failureOf(promise: Promise<unknown>): Promise<RapportFailure> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(RapportFailure);
  return error as RapportFailure;
}

describe('the workspace session', () => {
  it('creates a workspace: remembers it, adds it to the recent documents and tells every window', async () => {
    const { session, recents, events, recentDocuments, dir } = await sessionOnRealEngine();
    const path = join(dir, 'Nord.rapport');
    const info = await session.createAt(path, sampleProfile);

    expect(info).toMatchObject({ open: true, path, fileName: 'Nord.rapport', profile: { name: sampleProfile.name } });
    expect(await session.status()).toEqual(info);
    expect(await session.requireOpen()).toEqual(info);
    expect(recents.list()).toEqual([expect.objectContaining({ path, name: sampleProfile.name, openedAt: '2026-03-01T10:00:00.000Z' })]);
    expect(recentDocuments).toEqual([path]);
    expect(events).toEqual([{ event: 'workspace.switched', payload: info }]);
  });

  it('switches to another workspace and back: the recent list follows, most recent first', async () => {
    const { session, recents, events, dir } = await sessionOnRealEngine();
    const nord = join(dir, 'Nord.rapport');
    const syd = join(dir, 'Syd.rapport');
    await session.createAt(nord, sampleProfile);
    await session.createAt(syd, { ...sampleProfile, name: 'Kaffe Syd' });
    const reopened = await session.openPath(nord);

    expect(reopened).toMatchObject({ path: nord, profile: { name: sampleProfile.name } });
    expect((await session.status()) as { path: string }).toMatchObject({ path: nord });
    expect(recents.list().map((entry) => entry.path)).toEqual([nord, syd]);
    expect(events.map(({ payload }) => (payload as { path?: string }).path)).toEqual([nord, syd, nord]);
  });

  it('closes: nothing open, the last workspace not reopened at start, every window told', async () => {
    const { session, recents, events, dir } = await sessionOnRealEngine();
    const path = join(dir, 'Nord.rapport');
    await session.createAt(path, sampleProfile);
    await session.close();

    expect(await session.status()).toEqual({ open: false });
    expect(recents.lastToReopen()).toBeNull();
    expect(recents.list()).toHaveLength(1);
    expect(events.at(-1)).toEqual({ event: 'workspace.switched', payload: { open: false } });
    expect((await failureOf(session.requireOpen())).code).toBe('no-workspace');
  });

  it('a failed open: the engine’s error thrown with its code and details, windows told nothing is open, and status says why until the next open', async () => {
    const { session, recents, events, dir } = await sessionOnRealEngine();
    const good = join(dir, 'Nord.rapport');
    await session.createAt(good, sampleProfile);
    const bad = join(dir, 'Not a workspace.rapport');
    writeFileSync(bad, 'this is not SQLite');

    const failure = await failureOf(session.openPath(bad));
    expect(failure.code).not.toBe('internal');
    expect(failure.details).toMatchObject({ fileName: 'Not a workspace.rapport', path: bad });
    expect(events.at(-1)).toEqual({ event: 'workspace.switched', payload: { open: false } });
    expect(recents.list().map((entry) => entry.path)).toEqual([good]);

    const asked = await failureOf(session.status());
    expect({ code: asked.code, message: asked.message, details: asked.details }).toEqual({ code: failure.code, message: failure.message, details: failure.details });

    await session.openPath(good);
    expect(await session.status()).toMatchObject({ open: true, path: good });
  });

  it('closing forgets why the last open failed', async () => {
    const { session, dir } = await sessionOnRealEngine();
    const missing = join(dir, 'Gone.rapport');
    await failureOf(session.openPath(missing));
    await session.close();
    expect(await session.status()).toEqual({ open: false });
  });

  it('passes an engine call’s envelope through as the engine answered it, success and failure alike', async () => {
    const { session, answers, dir } = await sessionOnRealEngine();
    await session.createAt(join(dir, 'Nord.rapport'), sampleProfile);

    const profile = await session.call('profile.get', {});
    expect(profile).toBe(answers.at(-1)!.result);
    expect(profile).toMatchObject({ ok: true, value: { name: sampleProfile.name } });

    const missing = await session.call('customers.get', { id: '00000000-0000-4000-8000-0000000000ff' });
    expect(missing).toBe(answers.at(-1)!.result);
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found', details: { id: '00000000-0000-4000-8000-0000000000ff' } } });
  });

  it('an engine call with nothing open is answered, not thrown', async () => {
    const { session } = await sessionOnRealEngine();
    expect(await session.call('profile.get', {})).toMatchObject({ ok: false, error: { code: 'no-workspace' } });
  });

  it('saves a copy where the user chose, adding the extension, and refuses to copy over the workspace itself', async () => {
    const { dir } = await sessionOnRealEngine();
    const path = join(dir, 'Nord.rapport');
    const copying = await sessionOnRealEngine({ copyPath: join(dir, 'Nord backup') });
    await copying.session.createAt(path, sampleProfile);
    expect(await copying.session.saveCopy()).toEqual({ path: join(dir, 'Nord backup.rapport') });
    expect(existsSync(join(dir, 'Nord backup.rapport'))).toBe(true);
    await copying.session.close();

    const overwriting = await sessionOnRealEngine({ copyPath: path });
    await overwriting.session.openPath(path);
    expect((await failureOf(overwriting.session.saveCopy())).code).toBe('conflict');

    const cancelled = await sessionOnRealEngine({ copyPath: null });
    expect((await failureOf(cancelled.session.saveCopy())).code).toBe('no-workspace');
  });

  it('opens the demo: generated the first time in the data folder’s Demo folder, opened as it is after that', async () => {
    const { session, dataDir, engine } = await sessionOnRealEngine();
    expect(session.demoPath).toBe(join(dataDir, 'Demo', 'Nordlys Kafferisteri (demo).rapport'));
    const first = await session.createDemo();
    expect(first.path).toBe(session.demoPath);
    const customers = (engine.call('customers.list', { search: '', filters: [], sort: [], offset: 0, limit: 1 }) as { total: number }).total;
    expect(customers).toBeGreaterThan(0);

    const again = await session.createDemo();
    expect(again.path).toBe(session.demoPath);
    expect((engine.call('customers.list', { search: '', filters: [], sort: [], offset: 0, limit: 1 }) as { total: number }).total).toBe(customers);
  });

  it('shows the workspace and its backups in their folder, only when one is open', async () => {
    const { session, revealed, dir } = await sessionOnRealEngine();
    expect((await failureOf(session.reveal())).code).toBe('no-workspace');
    const path = join(dir, 'Nord.rapport');
    await session.createAt(path, sampleProfile);
    await session.reveal();
    await session.revealBackups();
    expect(revealed[0]).toBe(path);
    expect(revealed[1]).not.toBe(path);
    expect(revealed).toHaveLength(2);
  });
});

describe('workspace file names', () => {
  it('adds .rapport unless it is there already, in any case', () => {
    expect(withRapportExtension('/a/Shop')).toBe('/a/Shop.rapport');
    expect(withRapportExtension('/a/Shop.RAPPORT')).toBe('/a/Shop.RAPPORT');
    expect(withRapportExtension('/a/Shop.txt')).toBe('/a/Shop.txt.rapport');
  });

  it('makes a file name from a business name', () => {
    expect(fileNameFor('Kaffe Nord')).toBe('Kaffe Nord.rapport');
    expect(fileNameFor('a/b:c')).toMatch(/^[^/:]+\.rapport$/);
    expect(fileNameFor('   ')).toBe('Workspace.rapport');
  });
});
