import { afterEach, describe, expect, it } from 'vitest';
import { sampleProfile } from '../support/engine';
import { type RunningHost, startHost } from '../support/host';

const hosts: RunningHost[] = [];
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.stop();
});

/** A customers file of `count` people, as the wizard sends it. */
const people = (fileName: string, count: number) => ({
  fileName,
  dataBase64: Buffer.from(`First Name,Last Name,Email\n${Array.from({ length: count }, (_, i) => `Person${i},Test,p${i}@example.dk`).join('\n')}\n`).toString('base64'),
});

/** Resolves at the first progress event of a preview (the host's event stream). */
async function firstProgress(host: RunningHost): Promise<void> {
  const response = await fetch(`${host.origin}/events`, { headers: { 'x-rapport-token': host.token } });
  const reader = response.body!.getReader();
  let text = '';
  while (!text.includes('"jobId":"imports.preview"')) {
    const { value, done } = await reader.read();
    if (done) throw new Error('the event stream ended');
    text += Buffer.from(value).toString('utf8');
  }
  await reader.cancel();
}

describe('import previews through the host', () => {
  it('run one at a time: a new preview stops the one before, which answers cancelled; the new one succeeds', async () => {
    const host = await startHost();
    hosts.push(host);
    await host.rpc('workspace.create', { profile: sampleProfile });
    const reading = firstProgress(host);
    const large = host.rpc('imports.preview', people('large.csv', 200_000));
    await reading; // the engine is reading the large one
    const small = host.rpc('imports.preview', people('small.csv', 3));
    const [first, second] = await Promise.all([large, small]);
    expect(first.body).toMatchObject({ ok: false, error: { code: 'cancelled', message: expect.stringContaining('newer preview') } });
    expect(second.body).toMatchObject({ ok: true, value: { fileName: 'small.csv', counts: { created: 3 } } });
    // and the engine goes on serving: the small file runs from the plan it showed
    expect((await host.rpc('imports.run', people('small.csv', 3))).body).toMatchObject({ ok: true, value: { created: 3 } });
  }, 60_000);
});
