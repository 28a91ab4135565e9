import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { money } from '../../../electron/engine/files/person-data';
import { callParsed, engineWithWorkspace, trackedEngines } from '../../support/engines';
import { sampleProfile, tempDir } from '../../support/engine';

const engines = trackedEngines();

describe('the personal-data text file', () => {
  it('is written for the person who asked: headings, money with its currency, countries and languages named, dates readable', async () => {
    const e = await engineWithWorkspace(engines);
    const eva = callParsed(e, 'customers.create', {
      customer: {
        firstName: 'Eva', lastName: 'Novak', email: 'eva@example.si', city: 'Ljubljana', country: 'SI', language: 'sl', birthday: '--03-14',
      },
    });
    callParsed(e, 'customers.bulkUpdate', { ids: [eva.id], consent: { medium: 'email', status: 'granted', evidence: 'Box ticked on the form' } });
    callParsed(e, 'customers.create', { customer: { firstName: 'Bo', lastName: 'Berg', company: 'Berg ApS', referredBy: eva.id } });
    const add = (entry: Record<string, unknown>) => callParsed(e, 'timeline.add', { customerId: eva.id, entry });
    add({ kind: 'purchase', date: '2026-01-02', amountMinor: 4020, currency: 'DKK', product: 'Espresso beans', category: 'Coffee', orderRef: '#1001' });
    add({ kind: 'purchase', date: '2026-02-10', amountMinor: 76841, currency: 'CZK', product: 'Grinder' });
    add({ kind: 'touchpoint', date: '2026-01-05', medium: 'phone', department: 'support', direction: 'inbound', summary: 'Asked about decaf', outcome: 'Sent a sample' });
    add({ kind: 'feedback', date: '2026-01-09', nps: 9, satisfaction: 5, comment: 'Lovely beans' });

    const path = join(tempDir(), 'Eva Novak - personal data.txt');
    e.produceFile('exports.personData', path, { id: eva.id });
    const text = readFileSync(path, 'utf8');
    const lines = text.split('\n');

    expect(lines[0]).toBe(`Personal data held by ${sampleProfile.name}`);
    expect(lines[1]).toMatch(/^Exported on \d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:\d{2} UTC with Rapport$/);
    for (const heading of ['About you', 'What you agreed to be contacted by', 'Your purchases', 'Our contacts with you', 'Your feedback', 'People you referred to us']) {
      expect(lines[lines.indexOf(heading) + 1]).toBe('='.repeat(heading.length));
    }
    expect(lines).toContain('Country: Slovenia (SI)');
    expect(lines).toContain('Language we write to you in: Slovenian (sl)');
    expect(lines).toContain('Birthday: 14 March');
    // the test clock starts at 2026-03-01 09:00:00 and ticks a second per reading
    expect(lines).toContainEqual(expect.stringMatching(/^Email: you agreed on 1 March 2026 at 09:00 UTC \((.+; )?Box ticked on the form\)$/));
    expect(lines).toContain('- 2 January 2026: DKK 40.20 for Espresso beans (Coffee); order #1001');
    expect(lines).toContain('- 10 February 2026: CZK 768.41 for Grinder');
    expect(lines).toContain('- 5 January 2026: Phone call, you contacted our support team. Asked about decaf. Outcome: Sent a sample');
    expect(lines).toContain('- 9 January 2026: how likely you are to recommend us: 9 out of 10; satisfaction: 5 out of 5. "Lovely beans"');
    expect(lines).toContain('- Bo Berg, Berg ApS');
    // no database names leak into the text
    expect(text).not.toMatch(/amount minor|amount_minor|order_ref|Country: SI|: granted/);
  });

  it('says so when there is nothing in a section', async () => {
    const e = await engineWithWorkspace(engines);
    const bo = callParsed(e, 'customers.create', { customer: { firstName: 'Bo' } });
    const path = join(tempDir(), 'bo.txt');
    e.produceFile('exports.personData', path, { id: bo.id });
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('Nothing recorded: we have no consent from you to contact you.');
    expect(text).toContain('Your purchases\n==============\nNone.');
    expect(text).not.toContain('Address');
  });

  it('writes each currency with its own decimals', () => {
    expect(money(4020, 'DKK')).toBe('DKK 40.20');
    expect(money(-1250, 'GBP')).toBe('-GBP 12.50'); // a refund
    expect(money(4020, 'JPY')).toBe('JPY 4,020');
    expect(money(1234567, 'NOK')).toBe('NOK 12,345.67');
  });
});
