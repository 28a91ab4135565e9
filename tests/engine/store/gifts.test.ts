import { describe, expect, it } from 'vitest';
import { WorkspaceDatabase } from '../../../electron/engine/database';
import { migrate } from '../../../electron/engine/migrations';
import { deleteGiven, giftLog, giveGift } from '../../../electron/engine/store/gifts';
import { testEnv } from '../../support/engine';

const T = '2026-01-01T00:00:00Z';
const C = '00000000-0000-4000-8000-000000000001';
const G = '00000000-0000-4000-8000-000000000002';
const now = new Date('2026-03-01T10:00:00Z');

async function book(stock: number | null) {
  const db = new WorkspaceDatabase((await testEnv()).SQL);
  migrate(db);
  db.run('INSERT INTO customers (id, first_name, created_at, updated_at) VALUES (?, ?, ?, ?)', [C, 'Anna', T, T]);
  db.run('INSERT INTO gifts (id, name, unit_cost_minor, stock, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)', [G, 'Coffee mug', 8900, stock, T, T]);
  return db;
}
const giving = { customerId: C, giftId: G, date: '2026-02-28', occasion: 'birthday' as const, note: '', reaction: 'none' as const };
const stockOf = (db: WorkspaceDatabase) => db.get<{ stock: number | null }>('SELECT stock FROM gifts')!.stock;

describe('gift log', () => {
  it('logs a gift with its touchpoint "<name> (<occasion>)", counts it off the stock, and undoes both', async () => {
    const db = await book(2);
    giveGift(db, { given: 'g1', touchpoint: 't1' }, giving, now);
    expect(stockOf(db)).toBe(1);
    expect(db.get('SELECT channel, summary, date FROM touchpoints WHERE id = ?', ['t1'])).toEqual({ channel: 'gift', summary: 'Coffee mug (birthday)', date: '2026-02-28' });
    expect(giftLog(db, C)).toMatchObject([{ id: 'g1', giftName: 'Coffee mug', costMinor: 8900, touchpointId: 't1' }]);
    deleteGiven(db, 'g1');
    expect(stockOf(db)).toBe(2);
    expect(db.get('SELECT count(*) AS n FROM touchpoints')).toEqual({ n: 0 });
    expect(giftLog(db, C)).toEqual([]);
  });

  it('refuses an out-of-stock gift, an unknown gift or customer, and an unknown log entry; stock not counted stays null', async () => {
    const db = await book(0);
    expect(() => giveGift(db, { given: 'g1', touchpoint: 't1' }, giving, now)).toThrow(/out of stock/);
    expect(() => giveGift(db, { given: 'g1', touchpoint: 't1' }, { ...giving, giftId: C }, now)).toThrow(/not in the catalogue/);
    expect(() => giveGift(db, { given: 'g1', touchpoint: 't1' }, { ...giving, customerId: G }, now)).toThrow(/customer does not exist/);
    expect(() => deleteGiven(db, 'nope')).toThrow(/not in the log/);
    db.run('UPDATE gifts SET stock = NULL');
    giveGift(db, { given: 'g1', touchpoint: 't1' }, { ...giving, costMinor: 500 }, now);
    expect(stockOf(db)).toBeNull();
    expect(giftLog(db, C)[0]!.costMinor).toBe(500);
  });
});
