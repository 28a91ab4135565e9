import { describe, expect, it, vi } from 'vitest';
import { SHELL_CHANNELS } from '../../../shared/contract/channels';
import { RapportFailure, type Result } from '../../../shared/contract/result';
import { type EngineForward, type ShellHandlers, createRouter } from '../../../electron/main/router';

function routesWith(overrides: Partial<ShellHandlers>, engine: EngineForward = async (channel) => ({ ok: true, value: { echoed: channel } })) {
  const base = Object.fromEntries(SHELL_CHANNELS.map((channel) => [channel, () => ({ echoed: channel })]));
  return { shell: { ...base, ...overrides } as ShellHandlers, engine };
}

describe('router', () => {
  it('forwards a valid engine request with the parsed payload', async () => {
    const engine = vi.fn(async (_channel: string, request: unknown): Promise<Result<unknown>> => ({ ok: true, value: request }));
    const router = createRouter(routesWith({}, engine));
    const result = await router.dispatch('profile.update', { name: '  Bean There  ' });
    expect(result).toEqual({ ok: true, value: { name: 'Bean There' } });
    expect(engine).toHaveBeenCalledWith('profile.update', { name: 'Bean There' });
  });

  it('dispatches a valid shell request to its handler with the parsed payload', async () => {
    const forget = vi.fn(() => null);
    const router = createRouter(routesWith({ 'workspace.forgetRecent': forget }));
    expect(await router.dispatch('workspace.forgetRecent', { id: '0123456789abcdef' })).toEqual({ ok: true, value: null });
    expect(forget).toHaveBeenCalledWith({ id: '0123456789abcdef' });
  });

  it('refuses an unknown channel without calling anything', async () => {
    const engine = vi.fn();
    const router = createRouter(routesWith({}, engine));
    for (const channel of ['nope', 'constructor', '__proto__', 42, null, 'profile.get.extra']) {
      const result = await router.dispatch(channel, {});
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('unknown-channel');
    }
    expect(engine).not.toHaveBeenCalled();
  });

  it('refuses a payload that does not parse, naming the field', async () => {
    const engine = vi.fn();
    const router = createRouter(routesWith({}, engine));
    const result = await router.dispatch('profile.update', { currency: 'euro', kind: 'martian' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-request');
      const paths = (result.error.details?.issues as Array<{ path: string }>).map((issue) => issue.path).sort();
      expect(paths).toEqual(['currency', 'kind']);
    }
    expect(engine).not.toHaveBeenCalled();
  });

  it('refuses payloads of the wrong shape altogether', async () => {
    const router = createRouter(routesWith({}));
    for (const payload of ['text', 7, [], null, { toString: 'x' }]) {
      const result = await router.dispatch('profile.get', payload);
      expect(result.ok, JSON.stringify(payload)).toBe(false);
    }
  });

  it('passes the envelope of a failing engine call on exactly as the engine answered it', async () => {
    const answered: Result<unknown> = { ok: false, error: { code: 'conflict', message: 'Someone else changed this customer.', details: { id: 'c1', fields: ['email'] } } };
    const router = createRouter(routesWith({}, async () => answered));
    const result = await router.dispatch('customers.get', { id: '00000000-0000-4000-8000-000000000001' });
    expect(result).toBe(answered);
    expect(result).toEqual({ ok: false, error: { code: 'conflict', message: 'Someone else changed this customer.', details: { id: 'c1', fields: ['email'] } } });
  });

  it('turns a shell handler failure into its error code', async () => {
    const router = createRouter(
      routesWith({
        'workspace.info': () => {
          throw new RapportFailure('no-workspace', 'No workspace is open.');
        },
      }),
    );
    expect(await router.dispatch('workspace.info', {})).toEqual({ ok: false, error: { code: 'no-workspace', message: 'No workspace is open.' } });
  });

  it('hides unexpected exceptions behind `internal` and logs them, from a shell handler and from the engine forward alike', async () => {
    const log = vi.fn();
    const router = createRouter(
      routesWith(
        {
          'workspace.info': () => {
            throw new TypeError('secret stack detail');
          },
        },
        async () => {
          throw new TypeError('secret engine detail');
        },
      ),
      log,
    );
    for (const [channel, secret] of [['workspace.info', 'secret stack detail'], ['profile.get', 'secret engine detail']] as const) {
      const result = await router.dispatch(channel, {});
      expect(result).toEqual({
        ok: false,
        error: { code: 'internal', message: `Something went wrong inside Rapport (${channel}). Your saved work is safe; please try again.`, details: { where: channel } },
      });
      expect(log).toHaveBeenCalledWith(expect.stringContaining(secret));
    }
  });
});
