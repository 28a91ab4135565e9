import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_AMOUNT_MINOR, readAmount } from '../../../electron/engine/import/amounts';
import { callParsed, engineWithWorkspace, trackedEngines } from '../../support/engines';

const engines = trackedEngines();

/** The digits of a text without leading or trailing zeros: what a number "says", whatever its decimal mark. */
const significant = (text: string) => text.replace(/\D/g, '').replace(/^0+/, '').replace(/0+$/, '');

/** A minor-unit amount written the ways files write it, with the business country that reads it that way. */
function written(minor: bigint, style: number): { text: string; country: string } {
  const negative = minor < 0n;
  const abs = negative ? -minor : minor;
  const whole = (abs / 100n).toString();
  const cents = (abs % 100n).toString().padStart(2, '0');
  const grouped = (sep: string) => whole.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const sign = negative ? '-' : '';
  switch (style) {
    case 0: return { text: `${sign}${whole}.${cents}`, country: 'GB' };
    case 1: return { text: `${sign}${whole},${cents}`, country: 'DK' };
    case 2: return { text: `${sign}${grouped('.')},${cents}`, country: 'DK' };
    case 3: return { text: `${sign}${grouped(',')}.${cents}`, country: 'GB' };
    case 4: return { text: `${sign}${grouped(' ')},${cents} Kč`, country: 'CZ' };
    case 5: return { text: `${sign}DKK ${grouped('.')},${cents}`, country: 'DK' };
    default: return { text: `${sign}${grouped('\u00a0')},${cents} kr.`, country: 'NO' };
  }
}

describe('amounts from files', () => {
  it('read local formats exactly', () => {
    expect(readAmount('1.234,56', 'DK')).toEqual({ ok: true, minor: 123456 });
    expect(readAmount('1,234.56', 'GB')).toEqual({ ok: true, minor: 123456 });
    expect(readAmount('1 234,56 Kč', 'CZ')).toEqual({ ok: true, minor: 123456 });
    expect(readAmount('129,5', 'DK')).toEqual({ ok: true, minor: 12950 });
    expect(readAmount('−45.00', 'GB')).toEqual({ ok: true, minor: -4500 });
  });

  it('refuse scientific notation, out-of-range amounts and extra decimals with a reason, never another number', () => {
    expect(readAmount('1e15', 'DK')).toMatchObject({ ok: false, reason: expect.stringContaining('scientific notation') });
    expect(readAmount('1e309', 'DK')).toMatchObject({ ok: false, reason: expect.stringContaining('scientific notation') });
    expect(readAmount('2.5E+3', 'GB')).toMatchObject({ ok: false, reason: expect.stringContaining('scientific notation') });
    expect(readAmount('99999999999999999999999', 'DK')).toMatchObject({ ok: false, reason: expect.stringContaining('out of range') });
    expect(readAmount('12.345', 'GB')).toMatchObject({ ok: false, reason: expect.stringContaining('more than two decimals') });
    expect(readAmount('1.2.3', 'DK')).toMatchObject({ ok: false, reason: expect.stringContaining('not a number') });
    expect(readAmount('12abc34', 'DK')).toMatchObject({ ok: false });
  });

  it('property: any amount written in a local format reads back as exactly that amount', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -MAX_AMOUNT_MINOR, max: MAX_AMOUNT_MINOR }), fc.integer({ min: 0, max: 6 }), (minor, style) => {
        const { text, country } = written(minor, style);
        expect(readAmount(text, country)).toEqual({ ok: true, minor: Number(minor) });
      }),
      { numRuns: 2000 },
    );
  });

  it('property: any text accepted as an amount says exactly its digits, its sign, and no exponent', () => {
    const characters = fc.constantFrom(...'0123456789012345.,  -eE+kr€'.split(''));
    fc.assert(
      fc.property(fc.array(characters, { maxLength: 18 }).map((c) => c.join('')), fc.constantFrom('DK', 'GB', 'CZ'), (text, country) => {
        const result = readAmount(text, country);
        if (!result.ok) {
          expect(result.reason.length).toBeGreaterThan(10);
          return;
        }
        expect(significant(String(Math.abs(result.minor)))).toBe(significant(text));
        expect(result.minor < 0).toBe(/^[^0-9]*-/.test(text) && result.minor !== 0);
        expect(text).not.toMatch(/\d\s*[eE](?![a-zA-Z])/);
        expect(Number.isSafeInteger(result.minor)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('a purchases file with such amounts: the preview names each row error, and the run books only the readable ones', async () => {
    const e = await engineWithWorkspace(engines);
    const csv = 'Date,Email,Amount\n2025-03-01,eva@example.dk,99999999999999999999999\n2025-03-02,eva@example.dk,1e15\n2025-03-03,eva@example.dk,1e309\n2025-03-04,eva@example.dk,"1.234,50"\n';
    const request = { fileName: 'sales.csv', dataBase64: Buffer.from(csv).toString('base64') };
    const preview = callParsed(e, 'imports.preview', request);
    expect(preview.rows.map((r: any) => [r.line, r.action])).toEqual([[2, 'error'], [3, 'error'], [4, 'error'], [5, 'create']]);
    expect(preview.rows[0].reason).toContain('out of range');
    expect(preview.rows[1].reason).toContain('scientific notation');
    expect(preview.rows[2].reason).toContain('scientific notation');
    expect(callParsed(e, 'imports.run', request)).toMatchObject({ created: 1, failed: 3 });
    const eva = callParsed(e, 'customers.list', {}).rows[0];
    expect(eva).toMatchObject({ purchaseCount: 1, totalMinor: 123450 });
  });
});
