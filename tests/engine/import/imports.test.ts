import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callParsed, engineWithWorkspace, trackedEngines } from '../../support/engines';

const engines = trackedEngines();

const engine = () => engineWithWorkspace(engines);

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/imports', name));
const file = (fileName: string, bytes: Buffer | string, extra: object = {}) => ({
  fileName,
  dataBase64: Buffer.from(bytes).toString('base64'),
  ...extra,
});

describe('imports', () => {
  it('recognises a Shopify export, maps it, and plans row by row with reasons and line numbers', async () => {
    const e = await engine();
    callParsed(e, 'customers.create', { customer: { firstName: 'Mette', lastName: 'Kjær', email: 'mette@kaffebar.dk' } });
    const preview = callParsed(e, 'imports.preview', file('customers_export.csv', fixture('shopify-customers.csv')));
    expect(preview).toMatchObject({ encoding: 'utf-8', encodingConfidence: 'certain', delimiter: ',', format: { id: 'shopify-customers' } });
    expect(preview.mapping).toMatchObject({ Email: 'email', 'Accepts Email Marketing': 'emailConsent', 'Default Address City': 'city', Tags: 'tags', 'Customer ID': 'ignore' });
    expect(preview.rows.map((r: any) => [r.line, r.action])).toEqual([[2, 'update'], [3, 'create'], [4, 'create'], [6, 'error']]);
    expect(preview.rows[0].reason).toContain('Mette Kjær');
    expect(preview.rows[3].reason).toMatch(/name, a company or an email/);
    expect(preview.counts).toEqual({ created: 2, updated: 1, merged: 0, skipped: 0, failed: 1 });
  });

  it('runs the plan in one go, and undoes it in one step', async () => {
    const e = await engine();
    const mette = callParsed(e, 'customers.create', { customer: { firstName: 'Mette', lastName: 'Kjær', email: 'mette@kaffebar.dk' } });
    const result = callParsed(e, 'imports.run', file('customers_export.csv', fixture('shopify-customers.csv')));
    expect(result).toMatchObject({ created: 2, updated: 1, failed: 1 });

    const updated = callParsed(e, 'customers.get', { id: mette.id });
    expect(updated).toMatchObject({ company: 'Kaffebar Østerbro', city: 'København Ø', country: 'DK', tags: ['espresso', 'wholesale'], notes: 'Prefers light roasts' });
    expect(updated.consents.email).toMatchObject({ status: 'granted', source: 'import' });
    const jiri = callParsed(e, 'customers.list', { search: 'dvorak' }).rows[0];
    expect(jiri).toMatchObject({ firstName: 'Jiří', city: 'Plzeň', country: 'CZ', emailConsent: 'withdrawn', source: 'Import: customers_export.csv' });
    const anna = callParsed(e, 'customers.list', { search: 'anna@example.no' }).rows[0];
    expect(anna.notes).toBe('Note with a\nsecond line');
    expect(anna.email).toBe('anna@example.no');

    expect(callParsed(e, 'imports.undo', { importId: result.importId })).toEqual({ removed: 2, restored: 1 });
    expect(callParsed(e, 'customers.list', {}).total).toBe(1);
    const back = callParsed(e, 'customers.get', { id: mette.id });
    expect(back).toMatchObject({ company: '', city: '', tags: [], consents: {} });
    expect(() => callParsed(e, 'imports.undo', { importId: result.importId })).toThrow(expect.objectContaining({ code: 'conflict' }));
  });

  it('never makes an unsubscribed Mailchimp member contactable by email, and keeps the evidence', async () => {
    const e = await engine();
    const ola = callParsed(e, 'customers.create', { customer: { firstName: 'Ola', email: 'ola@example.no' } });
    callParsed(e, 'imports.run', file('subscribed.csv', 'Email Address,First Name,Last Name,MEMBER_RATING,OPTIN_TIME,OPTIN_IP\nola@example.no,Ola,Nordmann,2,2024-01-05 10:00:00,1.2.3.4\n'));
    expect(callParsed(e, 'customers.get', { id: ola.id }).consents.email).toMatchObject({ status: 'granted', at: '2024-01-05T10:00:00.000Z' });
    const preview = callParsed(e, 'imports.preview', file('unsubscribed.csv', fixture('mailchimp-unsubscribed.csv')));
    expect(preview.format).toMatchObject({ id: 'mailchimp' });
    callParsed(e, 'imports.run', file('unsubscribed.csv', fixture('mailchimp-unsubscribed.csv')));
    const consent = callParsed(e, 'customers.get', { id: ola.id }).consents.email;
    expect(consent).toMatchObject({ status: 'withdrawn' });
    expect(consent.evidence).toContain('unsubscribed');
  });

  it('reads a Windows-1250 file with semicolons and a Czech header, letters intact', async () => {
    const e = await engine();
    const text = 'Jméno;Příjmení;E-mail;Město;Země\nŘehoř;Šťastný;rehor@example.cz;České Budějovice;Česko\n';
    const preview = callParsed(e, 'imports.preview', file('zakaznici.csv', iconv.encode(text, 'windows-1250')));
    expect(preview.delimiter).toBe(';');
    expect(preview.mapping).toMatchObject({ Jméno: 'firstName', Příjmení: 'lastName', 'E-mail': 'email', Město: 'city', Země: 'country' });
    callParsed(e, 'imports.run', file('zakaznici.csv', iconv.encode(text, 'windows-1250'), { encoding: preview.encoding }));
    expect(callParsed(e, 'customers.list', {}).rows[0]).toMatchObject({ firstName: 'Řehoř', lastName: 'Šťastný', city: 'České Budějovice', country: 'CZ' });
  });

  it('merges duplicates within a file and says which line they joined', async () => {
    const e = await engine();
    const csv = 'First Name,Last Name,Email,Phone,City\nEva,Lund,eva@example.dk,,\nEva,Lund,EVA@example.dk,+45 31 11 22 33,Aarhus\n';
    const preview = callParsed(e, 'imports.preview', file('list.csv', csv));
    expect(preview.rows.map((r: any) => [r.line, r.action])).toEqual([[2, 'create'], [3, 'merge']]);
    expect(preview.rows[1].reason).toContain('line 2');
    callParsed(e, 'imports.run', file('list.csv', csv));
    const rows = callParsed(e, 'customers.list', {}).rows;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ phone: '+45 31 11 22 33', city: 'Aarhus' });
  });

  it('skips rows that add nothing to a known customer', async () => {
    const e = await engine();
    callParsed(e, 'customers.create', { customer: { firstName: 'Eva', lastName: 'Lund', email: 'eva@example.dk' } });
    const preview = callParsed(e, 'imports.preview', file('list.csv', 'Name,Email\nEva Lund,eva@example.dk\n'));
    expect(preview.rows[0]).toMatchObject({ action: 'skip' });
  });

  it('refuses a zip or spreadsheet, an empty file and binary data with a clear message', async () => {
    const e = await engine();
    expect(() => callParsed(e, 'imports.preview', file('audience.zip', Buffer.from('PK\u0003\u0004rest')))).toThrow(/zip archive or a spreadsheet/);
    expect(() => callParsed(e, 'imports.preview', file('empty.csv', ''))).toThrow(/empty/);
    expect(() => callParsed(e, 'imports.preview', file('photo.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3])))).toThrow(/not a text file/);
  });

  it('gives any bytes at all a plan or a clear error, never an exception of another kind', async () => {
    const e = await engine();
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        try {
          const preview = callParsed(e, 'imports.preview', file('any.csv', Buffer.from(bytes)));
          expect(Array.isArray(preview.rows)).toBe(true);
        } catch (error) {
          expect(error).toMatchObject({ code: 'invalid-request' });
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** A customers file of `count` different people. */
const peopleFile = (count: number) =>
  file('people.csv', `First Name,Last Name,Email\n${Array.from({ length: count }, (_, i) => `Person${i},Test,p${i}@example.dk`).join('\n')}\n`);

/**
 * An engine whose jobs can be told to stop after a number of cancel checks (the first check of each job only
 * clears an earlier request), and the events it sent.
 */
async function stoppableEngine() {
  let asks = 0;
  let stopAfter = Infinity;
  const events: Array<{ event: string; payload: any }> = [];
  const e = await engineWithWorkspace(engines, { cancelRequested: () => ++asks > stopAfter, emit: (event, payload) => events.push({ event, payload }) });
  const stop = {
    after: (checks: number) => {
      asks = 0;
      stopAfter = checks + 1;
    },
    never: () => {
      stopAfter = Infinity;
    },
  };
  return { e, stop, events };
}

describe('long imports', () => {
  it('report progress, and stop when asked: the transaction rolls back and nothing is imported', async () => {
    const { e, stop, events } = await stoppableEngine();
    const payload = peopleFile(1200);

    callParsed(e, 'imports.preview', payload); // as in the wizard: the run then writes the plan it showed
    stop.after(2); // two checks pass, the third stops it
    expect(() => callParsed(e, 'imports.run', payload)).toThrow(expect.objectContaining({ code: 'cancelled' }));
    expect(callParsed(e, 'customers.list', {}).total).toBe(0);

    stop.never();
    callParsed(e, 'imports.preview', payload);
    events.length = 0;
    expect(callParsed(e, 'imports.run', payload)).toMatchObject({ created: 1200 });
    const progress = events.filter((x) => x.event === 'job.progress').map((x) => x.payload);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((p) => p.jobId === 'imports.run' && p.total === 1200)).toBe(true);
  });

  it('reports how far a preview has got, and stops it when asked', async () => {
    const { e, stop, events } = await stoppableEngine();
    const payload = peopleFile(1200);

    stop.after(1);
    expect(() => callParsed(e, 'imports.preview', payload)).toThrow(expect.objectContaining({ code: 'cancelled' }));

    stop.never();
    events.length = 0;
    expect(callParsed(e, 'imports.preview', payload).counts).toMatchObject({ created: 1200 });
    const progress = events.filter((x) => x.event === 'job.progress').map((x) => x.payload);
    expect(progress.length).toBeGreaterThan(0);
    // both passes (reading each row, then deciding) are counted; events come at most every 100 ms
    expect(progress.every((p) => p.jobId === 'imports.preview' && p.total === 2400)).toBe(true);
  });
});

describe('large imports', () => {
  it('undo removes every customer of an import of more than ten thousand', async () => {
    // the created customers are recorded ten thousand to a statement; the last, partial batch counts too
    const e = await engine();
    const payload = peopleFile(10_050);
    const { importId } = callParsed(e, 'imports.run', payload);
    expect(callParsed(e, 'customers.list', {}).total).toBe(10_050);
    expect(callParsed(e, 'imports.undo', { importId })).toMatchObject({ removed: 10_050 });
    expect(callParsed(e, 'customers.list', {}).total).toBe(0);
  });
});

describe('large previews', () => {
  it('send up to 500 rows of each action with the full counts, so a 100,000-row preview stays small', async () => {
    const e = await engine();
    const rows = Array.from({ length: 1300 }, (_, i) => (i % 2 ? `Person${i},Test,p${i}@example.dk` : `Bad${i},Row,not-an-email`)).join('\n');
    const preview = callParsed(e, 'imports.preview', file('big.csv', `First Name,Last Name,Email\n${rows}\n`));
    expect(preview.counts).toMatchObject({ created: 650, failed: 650 });
    expect(preview.rows.filter((r: any) => r.action === 'create')).toHaveLength(500);
    expect(preview.rows.filter((r: any) => r.action === 'error')).toHaveLength(500);
  });
});

describe('one preview at a time', () => {
  it('a preview stops when a newer one was asked for, and answers cancelled; the newer one succeeds', async () => {
    let requested = 0; // what the main thread counts as it sends previews (EngineClient)
    const e = await engineWithWorkspace(engines, { previewsRequested: () => requested });
    const large = peopleFile(3000);
    const small = file('small.csv', 'First Name,Email\nEva,eva@example.dk\n');
    requested += 1; // the large one is sent…
    requested += 1; // …and, while it runs or waits, the small one
    expect(() => callParsed(e, 'imports.preview', large)).toThrow(expect.objectContaining({ code: 'cancelled', message: expect.stringContaining('newer preview') }));
    expect(callParsed(e, 'imports.preview', small).counts).toMatchObject({ created: 1 });
    // the stopped preview left no plan behind: running the large file plans it afresh and imports it all
    requested += 1;
    expect(callParsed(e, 'imports.preview', large).counts).toMatchObject({ created: 3000 });
  });
});
