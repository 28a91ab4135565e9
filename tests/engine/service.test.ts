import { describe, expect, it } from 'vitest';
import type { Engine } from '../../electron/engine/engine';
import type { FromWorker } from '../../electron/engine/protocol';
import { answerRequest } from '../../electron/engine/service';
import { engineWithWorkspace, trackedEngines } from '../support/engines';

const engines = trackedEngines();

/** Posts the way the worker does: postMessage copies with the structured clone algorithm, which refuses functions. */
function collectingPost() {
  const replies: Array<Extract<FromWorker, { kind: 'reply' }>> = [];
  const post = (message: FromWorker) => {
    const copied = structuredClone(message);
    if (copied.kind === 'reply') replies.push(copied);
  };
  return { replies, post };
}

/** A real engine whose `call` is swapped for a misbehaving one on the given channel. */
async function engineWith(misbehave: (channel: string) => unknown): Promise<Engine> {
  const engine = await engineWithWorkspace(engines);
  const realCall = engine.call.bind(engine);
  engine.call = ((channel: never, payload: unknown) => misbehave(channel) ?? realCall(channel, payload)) as Engine['call'];
  return engine;
}

describe('answering worker requests', () => {
  it('answers internal, with where it failed, when the answer cannot be sent (a function reached the reply), and serves the next request', async () => {
    // what a look-up of `constructor` in a plain object hands back: Object itself, which postMessage cannot copy
    const engine = await engineWith((channel) => (channel === 'imports.preview' ? { mapping: { name: Object } } : undefined));
    const { replies, post } = collectingPost();
    const logs: string[] = [];
    const ready = Promise.resolve(engine);

    let queue = Promise.resolve();
    for (const [id, channel] of [[1, 'imports.preview'], [2, 'profile.get']] as const) {
      queue = queue.then(() => answerRequest(ready, { id, request: { op: 'call', channel, payload: {} } }, post, (m) => logs.push(m)));
    }
    await queue;

    expect(replies.map((reply) => reply.id)).toEqual([1, 2]);
    expect(replies[0]!.result).toMatchObject({ ok: false, error: { code: 'internal', details: { where: 'imports.preview' } } });
    const message = (replies[0]!.result as { error: { message: string } }).error.message;
    expect(message).toContain('imports.preview');
    expect(message).not.toMatch(/DataCloneError|could not be cloned/); // the technical story is in the log only
    expect(replies[1]!.result).toMatchObject({ ok: true, value: { name: 'Kaffebrænderiet Nord' } });
    expect(logs.some((line) => line.includes('engine error on imports.preview') && line.includes('DataCloneError'))).toBe(true);
  });

  it('answers internal when a handler throws something that is not even an Error, and goes on serving', async () => {
    const engine = await engineWith((channel) => {
      if (channel === 'customers.list') throw null; // eslint-disable-line no-throw-literal
      return undefined;
    });
    const { replies, post } = collectingPost();
    const ready = Promise.resolve(engine);
    await answerRequest(ready, { id: 1, request: { op: 'call', channel: 'customers.list', payload: {} } }, post, () => {});
    await answerRequest(ready, { id: 2, request: { op: 'status' } }, post, () => {});
    expect(replies[0]!.result).toMatchObject({ ok: false, error: { code: 'internal', details: { where: 'customers.list' } } });
    expect(replies[1]!.result).toMatchObject({ ok: true, value: { open: true } });
  });

  it('answers every request with an error if the engine could not start, instead of never answering', async () => {
    const { replies, post } = collectingPost();
    const failed = Promise.reject(new Error('sql-wasm.wasm not found'));
    failed.catch(() => {});
    await answerRequest(failed, { id: 7, request: { op: 'status' } }, post, () => {});
    expect(replies).toEqual([{ kind: 'reply', id: 7, result: expect.objectContaining({ ok: false, error: expect.objectContaining({ code: 'internal' }) }) }]);
  });
});
