import { join } from 'node:path';
import { afterEach } from 'vitest';
import { type Channel, contract } from '../../shared/contract/channels';
import { type Emit, Engine, type SnapshotPolicy } from '../../electron/engine/engine';
import { sampleProfile, tempDir, testEnv } from './engine';

/** Calls a channel the way the router does: the payload parsed by its schema first. */
export function callParsed(engine: Engine, channel: Channel, payload: unknown): any {
  return engine.call(channel as never, contract[channel].request.parse(payload));
}

/** A list for a test file's engines: every engine pushed onto it is closed (lock released) after each test. */
export function trackedEngines(): Engine[] {
  const engines: Engine[] = [];
  afterEach(async () => {
    for (const engine of engines.splice(0)) await engine.close();
  });
  return engines;
}

/**
 * An in-process engine with a new workspace (the sample Danish profile) in a temp folder, on the fixed test
 * clock; pushed onto `engines` so it is closed after the test.
 */
export async function engineWithWorkspace(
  engines: Engine[],
  options: { start?: string; cancelRequested?: () => boolean; previewsRequested?: () => number; emit?: Emit; policy?: SnapshotPolicy } = {},
): Promise<Engine> {
  const env = await testEnv(options.start);
  const engine = new Engine(
    { ...env, ...(options.cancelRequested && { cancelRequested: options.cancelRequested }), ...(options.previewsRequested && { previewsRequested: options.previewsRequested }) },
    options.emit ?? (() => {}),
    options.policy,
  );
  engines.push(engine);
  await engine.create(join(tempDir(), 'Nord.rapport'), sampleProfile);
  return engine;
}
