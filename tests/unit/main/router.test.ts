import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../shared/contract/channels';
import { RapportFailure } from '../../../shared/contract/result';
import { type ChannelHandlers, createRouter } from '../../../electron/main/router';

function handlersWith(overrides: Partial<ChannelHandlers>): ChannelHandlers {
  const base = Object.fromEntries(CHANNELS.map((channel) => [channel, () => ({ echoed: channel })]));
  return { ...base, ...overrides } as ChannelHandlers;
}

describe('router', () => {
  it('dispatches a valid request to its handler with the parsed payload', async () => {
    const update = vi.fn((patch) => ({ ...patch }));
    const router = createRouter(handlersWith({ 'profile.update': update as never }));
    const result = await router.dispatch('profile.update', { name: '  Bean There  ' });
    expect(result).toEqual({ ok: true, value: { name: 'Bean There' } });
    expect(update).toHaveBeenCalledWith({ name: 'Bean There' });
  });

  it('refuses an unknown channel without calling anything', async () => {
    const router = createRouter(handlersWith({}));
    for (const channel of ['nope', 'constructor', '__proto__', 42, null, 'profile.get.extra']) {
      const result = await router.dispatch(channel, {});
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('unknown-channel');
    }
  });

  it('refuses a payload that does not parse, naming the field', async () => {
    const update = vi.fn();
    const router = createRouter(handlersWith({ 'profile.update': update as never }));
    const result = await router.dispatch('profile.update', { currency: 'euro', kind: 'martian' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-request');
      const paths = (result.error.details?.issues as Array<{ path: string }>).map((issue) => issue.path).sort();
      expect(paths).toEqual(['currency', 'kind']);
    }
    expect(update).not.toHaveBeenCalled();
  });

  it('refuses payloads of the wrong shape altogether', async () => {
    const router = createRouter(handlersWith({}));
    for (const payload of ['text', 7, [], null, { toString: 'x' }]) {
      const result = await router.dispatch('profile.get', payload);
      expect(result.ok, JSON.stringify(payload)).toBe(false);
    }
  });

  it('turns a handler failure into its error code', async () => {
    const router = createRouter(
      handlersWith({
        'profile.get': () => {
          throw new RapportFailure('no-workspace', 'No workspace is open.');
        },
      }),
    );
    expect(await router.dispatch('profile.get', {})).toEqual({ ok: false, error: { code: 'no-workspace', message: 'No workspace is open.' } });
  });

  it('hides unexpected exceptions behind `internal` and logs them', async () => {
    const log = vi.fn();
    const router = createRouter(
      handlersWith({
        'profile.get': () => {
          throw new TypeError('secret stack detail');
        },
      }),
      log,
    );
    const result = await router.dispatch('profile.get', {});
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('internal');
      expect(result.error.message).not.toContain('secret');
      expect(result.error.message).toContain('(profile.get)'); // where it failed, so the message is worth reporting
    }
    expect(log).toHaveBeenCalledWith(expect.stringContaining('secret stack detail'));
  });
});
