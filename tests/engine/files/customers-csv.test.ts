import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CUSTOMER_EXPORT_COLUMN_NAMES } from '../../../shared/domain/export';
import { customersCsv, neutralise } from '../../../electron/engine/files/customers-csv';
import { callParsed, engineWithWorkspace, trackedEngines } from '../../support/engines';

const engines = trackedEngines();

const engine = () => engineWithWorkspace(engines);

const COLUMNS = ['firstName', 'lastName', 'company', 'email', 'phone', 'city', 'country', 'tags', 'notes'] as const;
const letters = 'aábcčdďeéěfghiíjklmnňoóprřsštťuúůvyýzžæøåÆØÅŘŠŽČ ';
const word = fc.stringMatching(new RegExp(`^[${letters}]{1,12}$`)).map((s) => s.trim()).filter((s) => s.length > 0);
const risky = fc.constantFrom('=1+1', '+45 20', '-5', '@SUM(A1)', 'ok\n=cmd', 'plain');

describe('customers CSV export', () => {
  it('neutralises cells a spreadsheet would run as formulas, multi-line ones too', () => {
    expect(neutralise('=HYPERLINK("http://x")')).toBe(`'=HYPERLINK("http://x")`);
    expect(neutralise('+4520123456')).toBe(`'+4520123456`);
    expect(neutralise('@cmd')).toBe(`'@cmd`);
    expect(neutralise('\t=1')).toBe(`'\t=1`);
    expect(neutralise('Line one\n=2+2')).toBe(`'Line one\n=2+2`);
    expect(neutralise('Søren Ærø')).toBe('Søren Ærø');
  });

  it('writes UTF-8 with a BOM, the chosen delimiter and decimal mark', async () => {
    const e = await engine();
    const eva = callParsed(e, 'customers.create', { customer: { firstName: 'Řehoř', lastName: 'Ærø', company: 'Kaffe; og kage' } });
    callParsed(e, 'timeline.add', { customerId: eva.id, entry: { kind: 'purchase', date: '2026-01-01', amountMinor: 12950, currency: 'DKK' } });
    const rows = callParsed(e, 'customers.list', {}).rows;
    const comma = customersCsv(rows, ['firstName', 'company', 'totalSpent'], ',', 'DKK');
    expect(comma.startsWith('\uFEFFFirst name,Company,Total spent\r\n')).toBe(true);
    expect(comma).toContain('Řehoř,Kaffe; og kage,129.50');
    const semicolon = customersCsv(rows, ['firstName', 'company', 'totalSpent'], ';', 'DKK');
    expect(semicolon).toContain('Řehoř;"Kaffe; og kage";129,50');
  });

  it('round trip: export then import reproduces the same customers, letters intact, neutralised cells neutralised', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ firstName: word, lastName: word, company: fc.oneof(word, risky), city: word, notes: fc.oneof(word, risky) }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(',' as const, ';' as const),
        async (people, delimiter) => {
          const source = await engine();
          people.forEach((person, i) =>
            callParsed(source, 'customers.create', { customer: { ...person, lastName: `${person.lastName}${i}`, email: `p${i}@example.dk`, country: 'DK', tags: ['a', `t${i}`] } }),
          );
          const exported = customersCsv(callParsed(source, 'customers.list', { limit: 100 }).rows, COLUMNS, delimiter, 'DKK');
          const target = await engine();
          const result = callParsed(target, 'imports.run', { fileName: 'export.csv', dataBase64: Buffer.from(exported, 'utf8').toString('base64') });
          expect(result).toMatchObject({ created: people.length, failed: 0 });
          const pick = (r: any) => COLUMNS.map((c) => (c === 'tags' ? [...r.tags].sort().join('|') : r[c]));
          const before = callParsed(source, 'customers.list', { limit: 100 }).rows.map((r: any) => pick({ ...r, company: neutralise(r.company), notes: neutralise(r.notes) }));
          const after = callParsed(target, 'customers.list', { limit: 100 }).rows.map(pick);
          expect(after).toEqual(before);
          // and exporting the imported data again changes nothing: neutralised cells stay neutralised
          expect(customersCsv(callParsed(target, 'customers.list', { limit: 100 }).rows, COLUMNS, delimiter, 'DKK')).toBe(exported);
          await source.close();
          await target.close();
        },
      ),
      { numRuns: 25 },
    );
  });

  it('knows a heading for every column', () => {
    expect(CUSTOMER_EXPORT_COLUMN_NAMES.length).toBeGreaterThan(20);
  });
});
