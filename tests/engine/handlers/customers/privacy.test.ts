import { afterEach, describe, expect, it, vi } from 'vitest';
import { journalPathFor, readJournal } from '../../../../electron/engine/persistence/journal';
import { callParsed, engineWithWorkspace, trackedEngines } from '../../../support/engines';
import { sqliteQuery } from '../../../support/engine';

const engines = trackedEngines();
afterEach(() => vi.useRealTimers());

/** No snapshot on its own during a test: what the journal holds is looked at. */
async function engine() {
  const e = await engineWithWorkspace(engines, { policy: { idleMs: 60_000, maxJournalBytes: 8 << 20, maxJournalRecords: 2000 } });
  return { e, path: e.info().path };
}

describe('privacy', () => {
  it('erases a person and their history, keeps only an email hash, and a later import says why it skips them', async () => {
    const { e, path } = await engine();
    const eva = callParsed(e, 'customers.create', { customer: { firstName: 'Eva', lastName: 'Lund', email: 'eva@example.dk' } });
    callParsed(e, 'timeline.add', { customerId: eva.id, entry: { kind: 'touchpoint', date: '2026-01-02', medium: 'phone' } });
    expect(callParsed(e, 'customers.erase', { id: eva.id })).toEqual({ erased: true, tombstone: true });
    expect(callParsed(e, 'customers.list', {}).total).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 10));
    await e.settled();
    // folded into the file at once: no journal record still holds her data
    expect(readJournal(journalPathFor(path)).records).toEqual([]);
    expect(sqliteQuery(path, "SELECT count(*) FROM customers")).toBe('0');
    expect(sqliteQuery(path, 'SELECT count(*) FROM touchpoints')).toBe('0');
    expect(sqliteQuery(path, 'SELECT email_hash FROM erased_customers')).toMatch(/^[a-f0-9]{64}$/);

    const csv = Buffer.from('First Name,Email\nEva,EVA@example.dk\n').toString('base64');
    const preview = callParsed(e, 'imports.preview', { fileName: 'list.csv', dataBase64: csv });
    expect(preview.rows[0]).toMatchObject({ action: 'skip', reason: expect.stringContaining('erased') });
  });
});
