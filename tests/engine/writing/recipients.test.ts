import { describe, expect, it } from 'vitest';
import { WorkspaceDatabase } from '../../../electron/engine/database';
import { migrate } from '../../../electron/engine/migrations';
import { resolveRecipients } from '../../../electron/engine/writing/recipients';
import { testEnv } from '../../support/engine';

const T = '2026-01-01T00:00:00Z';
const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

async function book() {
  const db = new WorkspaceDatabase((await testEnv()).SQL);
  migrate(db);
  const add = (n: number, first: string, extra: Record<string, string | number> = {}) => {
    const fields = { first_name: first, display_key: first.toLowerCase(), street: 'Main 1', city: 'Aarhus', email: `${first}@x.dk`, phone: '+4512345678', ...extra };
    const cols = Object.keys(fields);
    db.run(`INSERT INTO customers (id, created_at, updated_at, ${cols.join(', ')}) VALUES (?, ?, ?, ${cols.map(() => '?').join(', ')})`, [id(n), T, T, ...Object.values(fields)]);
  };
  add(1, 'Carl');
  add(2, 'Anna');
  add(3, 'Dora', { do_not_contact: 1 });
  add(4, 'Emil', { street: '' });
  add(5, 'Bo', { left_company_at: '2025-05-01' });
  add(6, 'Finn', { email: '', phone: '' });
  db.run(`INSERT INTO consents (customer_id, channel, status, at) VALUES (?, 'email', 'granted', ?), (?, 'email', 'granted', ?), (?, 'post', 'withdrawn', ?)`, [id(1), T, id(2), T, id(6), T]);
  return db;
}

const all = [1, 2, 3, 4, 5, 6, 7].map(id);
const now = new Date('2026-03-01T10:00:00Z');

describe('resolveRecipients', () => {
  it('keeps letters to people with a postal address, in name order, and says why the others are left out', async () => {
    const { included, excluded } = resolveRecipients(await book(), { customerIds: all }, 'letter', now);
    expect(included).toEqual([id(2), id(1)]); // Anna, Carl
    expect(excluded.map((x) => [x.name, x.reason])).toEqual([
      ['Bo', 'left-company'], ['Dora', 'do-not-contact'], ['Emil', 'no-postal-address'], ['Finn', 'no-consent'], ['', 'erased'],
    ]);
  });

  it('asks email for a granted consent and an address, phone for a number', async () => {
    const db = await book();
    expect(resolveRecipients(db, { customerIds: all }, 'email', now).included).toEqual([id(2), id(1)]);
    const phone = resolveRecipients(db, { customerIds: all }, 'phone', now);
    expect(phone.included).toEqual([id(2), id(1), id(4)]);
    expect(phone.excluded.find((x) => x.customerId === id(6))?.reason).toBe('no-phone');
  });

  it('refuses a segment that does not exist', async () => {
    const db = await book();
    expect(() => resolveRecipients(db, { segmentId: id(9) }, 'letter', now)).toThrow(/segment/i);
  });
});
