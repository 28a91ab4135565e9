import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../support/engine';
import { type RunningHost, startHost } from '../support/host';

const hosts: RunningHost[] = [];
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.stop();
});

describe('exports through the browser host', () => {
  it('writes the grid view as CSV into the downloads folder, in view order, with the chosen columns', async () => {
    const host = await startHost({ workspace: join(tempDir(), 'Shop.rapport') });
    hosts.push(host);
    await host.rpc('customers.create', { customer: { firstName: 'Řehoř', lastName: 'Dvořák', email: 'rehor@example.cz', notes: '=HYPERLINK("x")' } });
    await host.rpc('customers.create', { customer: { firstName: 'Søren', lastName: 'Ærø', tags: ['vip'] } });
    await host.rpc('customers.create', { customer: { firstName: 'Bo', lastName: 'Berg' } });
    const { body } = await host.rpc('exports.customersCsv', { search: 'r', columns: ['firstName', 'lastName', 'notes', 'tags'], delimiter: ';' });
    expect(body.ok).toBe(true);
    expect(body.value).toMatchObject({ path: join(host.dir, 'downloads', 'Shop customers.csv'), rows: 3 });
    const text = readFileSync(body.value.path, 'utf8');
    expect(text.split('\r\n')).toEqual(['\uFEFFFirst name;Last name;Notes;Tags', 'Bo;Berg;;', `Řehoř;Dvořák;"'=HYPERLINK(""x"")";`, 'Søren;Ærø;;vip', ''] /* Ř sorts with the Rs */);
  });

  it('writes everything held about one person as a readable text file', async () => {
    const host = await startHost({ workspace: join(tempDir(), 'Shop.rapport') });
    hosts.push(host);
    const eva = (await host.rpc('customers.create', { customer: { firstName: 'Eva', lastName: 'Lund', email: 'eva@example.dk' } })).body.value;
    await host.rpc('timeline.add', { customerId: eva.id, entry: { kind: 'purchase', date: '2026-01-02', amountMinor: 5000, currency: 'DKK', product: 'Beans' } });
    const { body } = await host.rpc('exports.personData', { id: eva.id });
    expect(body.value.path).toBe(join(host.dir, 'downloads', 'Eva Lund - personal data.txt'));
    const text = readFileSync(body.value.path, 'utf8');
    expect(text).toContain('Email: eva@example.dk');
    expect(text).toContain('- 2 January 2026: DKK 50.00 for Beans');
  });
});
