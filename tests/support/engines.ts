import { afterEach } from 'vitest';
import { type Channel, contract } from '../../shared/contract/channels';
import type { Engine } from '../../electron/engine/engine';

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
