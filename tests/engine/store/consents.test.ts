import { describe, expect, it } from 'vitest';
import { consentBatch, forgetConsents, readConsents, recordConsent, recordConsents } from '../../../electron/engine/store/consents';
import { bookWith, id } from './support';

const GRANTED = { status: 'granted' as const, at: '2026-01-01T10:00:00.000Z', source: 'web shop', evidence: 'Box ticked at checkout' };
const WITHDRAWN = { status: 'withdrawn' as const, at: '2026-02-01T10:00:00.000Z', source: 'Unsubscribe link', evidence: 'Clicked unsubscribe' };

describe('recordConsent', () => {
  it('records a consent, and a later one replaces it (one row per customer and medium)', async () => {
    const db = await bookWith([[1, { lastName: 'Holm' }]]);
    expect(recordConsent(db, id(1), 'email', GRANTED)).toBe(1);
    expect(readConsents(db, id(1))).toEqual({ email: GRANTED });
    expect(recordConsent(db, id(1), 'email', WITHDRAWN)).toBe(1);
    expect(readConsents(db, id(1))).toEqual({ email: WITHDRAWN });
    expect(db.all('SELECT channel FROM consents WHERE customer_id = ?', [id(1)])).toEqual([{ channel: 'email' }]);
  });

  it('with onlyIfStatusChanges leaves a consent of the same status as it was (its first date and evidence)', async () => {
    const db = await bookWith([[1, { lastName: 'Holm' }]]);
    recordConsent(db, id(1), 'post', GRANTED);
    const again = { ...GRANTED, at: '2026-03-01T10:00:00.000Z', source: 'bulk edit', evidence: 'later' };
    expect(recordConsent(db, id(1), 'post', again, { onlyIfStatusChanges: true })).toBe(0);
    expect(readConsents(db, id(1)).post).toEqual(GRANTED);
    expect(recordConsent(db, id(1), 'post', { ...WITHDRAWN, source: 'bulk edit' }, { onlyIfStatusChanges: true })).toBe(1);
    expect(readConsents(db, id(1)).post).toEqual({ ...WITHDRAWN, source: 'bulk edit' });
    // a medium with nothing recorded yet is recorded either way
    expect(recordConsent(db, id(1), 'sms', GRANTED, { onlyIfStatusChanges: true })).toBe(1);
  });

  it('puts back a kept set of consents after forgetting the current ones', async () => {
    const db = await bookWith([[1, { lastName: 'Holm' }]]);
    recordConsents(db, id(1), { email: GRANTED, phone: WITHDRAWN });
    const kept = readConsents(db, id(1));
    recordConsent(db, id(1), 'sms', GRANTED);
    forgetConsents(db, id(1));
    expect(readConsents(db, id(1))).toEqual({});
    recordConsents(db, id(1), kept);
    expect(readConsents(db, id(1))).toEqual({ email: GRANTED, phone: WITHDRAWN });
  });

  it('refuses a medium or status the table does not know, writing nothing', async () => {
    const db = await bookWith([[1, { lastName: 'Holm' }]]);
    expect(() => recordConsent(db, id(1), 'fax' as never, GRANTED)).toThrow(/CHECK constraint/);
    expect(() => recordConsent(db, id(1), 'email', { ...GRANTED, status: 'maybe' as never })).toThrow(/CHECK constraint/);
    expect(readConsents(db, id(1))).toEqual({});
  });
});

describe('consentBatch', () => {
  it('writes many new customers\' consents with the columns readConsents reads', async () => {
    const customers = Array.from({ length: 7 }, (_, n) => [n + 1, { lastName: `Holm ${n + 1}` }] as [number, { lastName: string }]);
    const db = await bookWith(customers);
    const batch = consentBatch(db);
    for (const [n] of customers) batch.add([id(n), 'email', 'granted', GRANTED.at, 'demo', '']);
    batch.flush();
    expect(batch.rows).toBe(7);
    expect(db.get<{ n: number }>('SELECT count(*) AS n FROM consents')?.n).toBe(7);
    expect(readConsents(db, id(3))).toEqual({ email: { status: 'granted', at: GRANTED.at, source: 'demo', evidence: '' } });
  });
});
