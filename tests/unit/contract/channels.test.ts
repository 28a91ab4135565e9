import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CHANNELS, ENGINE_CHANNELS, FILE_CHANNELS, SHELL_CHANNELS, contract } from '../../../shared/contract/channels';
import { EVENT_NAMES } from '../../../shared/contract/events';
import { engineHandlers } from '../../../electron/engine/handlers';
import { createRoutes } from '../../../electron/main/handlers';
import { fileProducers } from '../../../electron/engine/files';

describe('the contract', () => {
  it('gives every channel a request schema', () => {
    for (const channel of CHANNELS) {
      expect(contract[channel].request, channel).toBeInstanceOf(z.ZodType);
    }
  });

  it('names channels domain.verb', () => {
    for (const channel of CHANNELS) expect(channel).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
  });

  it('has an engine handler for every engine channel and none for others', () => {
    expect(Object.keys(engineHandlers).sort()).toEqual([...ENGINE_CHANNELS].sort());
  });

  it('routes every shell channel to a handler and every engine channel to the engine', () => {
    const routes = createRoutes({
      session: {} as never,
      recents: {} as never,
      ports: {} as never,
      appInfo: { version: '0', shell: 'browser', platform: 'linux' },
    });
    expect(Object.keys(routes.shell).sort()).toEqual([...SHELL_CHANNELS].sort());
    for (const channel of SHELL_CHANNELS) expect(typeof routes.shell[channel], channel).toBe('function');
    expect(typeof routes.engine).toBe('function');
    expect([...ENGINE_CHANNELS, ...SHELL_CHANNELS].sort()).toEqual([...CHANNELS].sort());
  });

  it('has a file producer for every channel that declares a file, and none for others', () => {
    expect(Object.keys(fileProducers).sort()).toEqual([...FILE_CHANNELS].sort());
    for (const channel of FILE_CHANNELS) expect(contract[channel].runs, channel).toBe('shell');
  });

  it('lists each push event once', () => {
    expect(new Set(EVENT_NAMES).size).toBe(EVENT_NAMES.length);
  });

  it('refuses unknown fields instead of silently dropping them', () => {
    expect(contract['profile.update'].request.safeParse({ name: 'A', evil: 1 }).success).toBe(false);
    expect(contract['workspace.info'].request.safeParse({ path: '/etc/passwd' }).success).toBe(false);
  });
});
