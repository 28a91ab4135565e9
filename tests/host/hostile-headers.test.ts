import { afterEach, describe, expect, it } from 'vitest';
import { sampleProfile } from '../support/engine';
import { type RunningHost, startHost } from '../support/host';

const hosts: RunningHost[] = [];
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.stop();
});

describe('a file with columns named after Object.prototype, through the host and the worker', () => {
  it('previews and imports, and the engine keeps serving', async () => {
    const host = await startHost();
    hosts.push(host);
    await host.rpc('workspace.create', { profile: sampleProfile });
    const text = 'Name,Email,Constructor, __proto__ ,toString,hasOwnProperty\nEva Lund,eva@example.dk,constructor,__proto__,toString,x\n';
    const dataBase64 = Buffer.from(text).toString('base64');
    const preview = await host.rpc('imports.preview', { fileName: 'hostile.csv', dataBase64 });
    expect(preview.body).toMatchObject({ ok: true, value: { counts: { created: 1, failed: 0 }, mapping: { Constructor: 'ignore', toString: 'ignore', hasOwnProperty: 'ignore' } } });
    expect(Object.getOwnPropertyDescriptor(preview.body.value.mapping, '__proto__')?.value).toBe('ignore');
    // the mapping step sends the headers back as they came, __proto__ included
    const mapping: Record<string, string> = { ...preview.body.value.mapping }; // own keys, __proto__ among them
    Object.defineProperty(mapping, '__proto__', { value: 'notes', enumerable: true });
    const run = await host.rpc('imports.run', { fileName: 'hostile.csv', dataBase64, mapping });
    expect(run.body).toMatchObject({ ok: true, value: { created: 1 } });
    const eva = (await host.rpc('customers.list', {})).body.value.rows[0];
    expect((await host.rpc('customers.get', { id: eva.id })).body.value.notes).toBe('__proto__');
    expect((await host.rpc('workspace.info')).body).toMatchObject({ ok: true, value: { open: true } });
  }, 60_000);
});
