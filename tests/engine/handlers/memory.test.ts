import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../electron/engine/engine';
import { WorkspaceMemory, memorySlot } from '../../../electron/engine/handlers/memory';
import { sampleProfile, tempDir, testEnv } from '../../support/engine';
import { callParsed, trackedEngines } from '../../support/engines';

const engines = trackedEngines();

const csv = Buffer.from('Email,First name,Last name\ncarl@example.dk,Carl,Holm\n').toString('base64');
const preview = (e: Engine) => callParsed(e, 'imports.preview', { fileName: 'people.csv', dataBase64: csv });
const holms = (e: Engine) => callParsed(e, 'customers.list', { search: 'holm' });

describe('what handlers keep between calls', () => {
  it('is kept per slot, typed by the slot', () => {
    const memory = new WorkspaceMemory();
    const order = memorySlot<{ ids: string[] }>('order');
    const plan = memorySlot<number>('plan');
    memory.set(order, { ids: ['a'] });
    memory.set(plan, 3);
    expect(memory.get(order)).toEqual({ ids: ['a'] });
    memory.forget(order);
    expect(memory.get(order)).toBeUndefined();
    expect(memory.get(plan)).toBe(3);
  });

  it('belongs to the open workspace: the next one opened in the same engine never sees its list order or import plan', async () => {
    const env = await testEnv();
    const e = new Engine(env, () => {});
    engines.push(e);
    const folder = tempDir();
    const first = join(folder, 'First.rapport');
    await e.create(first, sampleProfile);
    callParsed(e, 'customers.create', { customer: { firstName: 'Anna', lastName: 'Holm' } });
    callParsed(e, 'customers.create', { customer: { firstName: 'Bo', lastName: 'Holm' } });
    expect(holms(e).total).toBe(2); // a search: its order is kept for the next page
    expect(preview(e).rows[0]).toMatchObject({ action: 'create' }); // the plan is kept for the run
    await e.close();

    // a copy of the first workspace (same id, same journal sequence) in which another tool added Carl Holm
    const second = join(folder, 'Second.rapport');
    copyFileSync(first, second);
    execFileSync('sqlite3', [
      second,
      `INSERT INTO customers (id, first_name, last_name, email, email_key, name_key, display_key, created_at, updated_at)
       VALUES ('00000000-0000-4000-8000-000000000099', 'Carl', 'Holm', 'carl@example.dk', 'carl@example.dk', 'carl holm|', 'carl holm', '2026-03-01T09:00:00.000Z', '2026-03-01T09:00:00.000Z')`,
    ]);
    await e.open(second);
    expect(holms(e).total).toBe(3);
    expect(preview(e).rows[0]).toMatchObject({ action: 'skip' }); // Carl is known now: nothing new in the row
  });
});
