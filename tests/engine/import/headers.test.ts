import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SYNONYMS } from '../../../electron/engine/import/fields';
import { recognise } from '../../../electron/engine/import/formats';
import { callParsed, engineWithWorkspace, trackedEngines } from '../../support/engines';

const engines = trackedEngines();
const csv = (fileName: string, text: string, extra: object = {}) => ({ fileName, dataBase64: Buffer.from(text).toString('base64'), ...extra });

/** The header pairs of the five languages: a "name" column and a "last name" one. */
const PAIRS = [
  ['Navn', 'Efternavn'],
  ['Fornavn', 'Etternavn'],
  ['Jméno', 'Příjmení'],
  ['Ime', 'Priimek'],
  ['Name', 'Surname'],
] as const;

/** A header as people type it: any case, spaces around, and the letters with or without their diacritics. */
const variant = (header: string) =>
  fc.record({ upper: fc.array(fc.boolean(), { minLength: header.length, maxLength: header.length }), before: fc.constantFrom('', ' ', '  '), after: fc.constantFrom('', ' ', '\t'), plain: fc.boolean() }).map(
    ({ upper, before, after, plain }) => {
      const letters = (plain ? header.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : header).split('');
      return before + letters.map((ch, i) => (upper[i] ? ch.toUpperCase() : ch.toLowerCase())).join('') + after;
    },
  );

describe('header look-ups', () => {
  it('property: each pair maps to first and last name, whatever the case, spacing or diacritics', () => {
    for (const [first, last] of PAIRS) {
      fc.assert(
        fc.property(variant(first), variant(last), fc.boolean(), (a, b, emailFirst) => {
          const headers = emailFirst ? ['E-mail', a, b] : [a, b, 'E-mail'];
          const { mapping } = recognise(headers);
          expect([mapping.get(a), mapping.get(b), mapping.get('E-mail')]).toEqual(['firstName', 'lastName', 'email']);
        }),
        { numRuns: 200 },
      );
    }
  });

  it('property: any synonym in any case and spacing finds its field', () => {
    const entries = [...SYNONYMS.entries()];
    fc.assert(
      fc.property(fc.constantFrom(...entries), fc.boolean(), fc.constantFrom('', ' ', '  '), ([name, field], upper, pad) => {
        const header = `${pad}${upper ? name.toUpperCase() : name}${pad}`;
        expect(recognise([header, 'Unrelated column']).mapping.get(header)).toBe(field);
      }),
      { numRuns: 500 },
    );
  });

  it('property: headers named after Object.prototype members are ordinary unknown columns', () => {
    const hostile = fc.constantFrom('constructor', 'Constructor', ' __proto__ ', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'isPrototypeOf');
    fc.assert(
      fc.property(hostile, (header) => {
        const recognition = recognise(['Email', header]);
        expect(recognition.mapping.get(header)).toBe('ignore');
        expect(recognition.unrecognised).toEqual([header]);
        expect(Object.getPrototypeOf({})).toBe(Object.prototype);
      }),
    );
  });

  it('a Danish Navn + Efternavn file imports first names', async () => {
    const e = await engineWithWorkspace(engines);
    const text = 'Navn;Efternavn;E-mail\nMette;Kjær;mette@kaffebar.dk\nAnne Sofie;Holm;anne@example.dk\n';
    const preview = callParsed(e, 'imports.preview', csv('kunder.csv', text));
    expect(preview.mapping).toMatchObject({ Navn: 'firstName', Efternavn: 'lastName', 'E-mail': 'email' });
    expect(preview.mappingWarnings).toEqual([]);
    callParsed(e, 'imports.run', csv('kunder.csv', text));
    const names = callParsed(e, 'customers.list', {}).rows.map((r: any) => [r.firstName, r.lastName]);
    expect(names).toEqual(expect.arrayContaining([['Mette', 'Kjær'], ['Anne Sofie', 'Holm']]));
  });

  it('a mapping that would drop a column is flagged: two columns on one field, a full name beside a last name', async () => {
    const e = await engineWithWorkspace(engines);
    const text = 'Navn;Efternavn;E-mail;Mail 2\nMette;Kjær;mette@kaffebar.dk;m@k.dk\n';
    const preview = callParsed(e, 'imports.preview', csv('kunder.csv', text, { mapping: { Navn: 'fullName', Efternavn: 'lastName', 'E-mail': 'email', 'Mail 2': 'email' } }));
    expect(preview.mappingWarnings).toEqual(
      expect.arrayContaining([
        { kind: 'duplicate', headers: ['E-mail', 'Mail 2'], field: 'email' },
        { kind: 'overlap', headers: ['Navn', 'Efternavn'] },
      ]),
    );
  });

  it('flags unmapped and ambiguous columns, and nothing when every column mapped well', async () => {
    const e = await engineWithWorkspace(engines);
    const good = callParsed(e, 'imports.preview', csv('a.csv', 'First Name,Last Name,Email,City\nEva,Lund,eva@example.dk,Aarhus\n'));
    expect(good.format).toBeNull();
    expect(good.mappingWarnings).toEqual([]);
    const odd = callParsed(e, 'imports.preview', csv('b.csv', 'First Name,Email,Phone,Mobile,Favourite bean\nEva,eva@example.dk,+4531112233,+4531112234,Kenya\n'));
    expect(odd.mappingWarnings).toEqual([
      { kind: 'unmapped', headers: ['Favourite bean'] },
      { kind: 'ambiguous', headers: ['Mobile'] },
    ]);
  });

  it('a file with columns named constructor, __proto__, toString or hasOwnProperty previews and imports', async () => {
    const e = await engineWithWorkspace(engines);
    const text = 'Name,Email,constructor, __proto__ ,toString,hasOwnProperty,__proto__\nEva Lund,eva@example.dk,constructor,__proto__,toString,x,y\n';
    const preview = callParsed(e, 'imports.preview', csv('hostile.csv', text));
    expect(preview.counts).toMatchObject({ created: 1, failed: 0 });
    for (const header of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) expect(Object.getOwnPropertyDescriptor(preview.mapping, header)?.value).toBe('ignore');
    expect(preview.mappingWarnings[0]).toMatchObject({ kind: 'unmapped', headers: expect.arrayContaining(['constructor', 'toString', 'hasOwnProperty']) });
    // the mapping step sends such headers back; mapping one of them to a field works like any column
    const mapping = JSON.parse('{"Name":"fullName","Email":"email","constructor":"city","__proto__":"notes","toString":"ignore","hasOwnProperty":"ignore"}');
    const mapped = callParsed(e, 'imports.preview', csv('hostile.csv', text, { mapping }));
    expect(mapped.counts).toMatchObject({ created: 1, failed: 0 });
    callParsed(e, 'imports.run', csv('hostile.csv', text, { mapping }));
    expect(callParsed(e, 'customers.list', {}).rows[0]).toMatchObject({ firstName: 'Eva', lastName: 'Lund', city: 'constructor', notes: '__proto__' });
    expect(({} as any).city).toBeUndefined();
  });
});

describe('error rows', () => {
  it('name the person and list every problem of the row', async () => {
    const e = await engineWithWorkspace(engines);
    const text = 'First Name,Last Name,Email,Birthday\nJiří,Dvořák,not-an-email,31.02.1990\n';
    const preview = callParsed(e, 'imports.preview', csv('list.csv', text));
    const [row] = preview.rows;
    expect(row).toMatchObject({ action: 'error', name: 'Jiří Dvořák', email: 'not-an-email' });
    expect(row.problems).toHaveLength(2);
    expect(row.problems[0]).toContain('31.02.1990');
    expect(row.problems[1]).toContain('not-an-email');
  });

  it('in a purchases file name the buyer and list every problem', async () => {
    const e = await engineWithWorkspace(engines);
    const text = 'Date,Name,Email,Amount,Currency\nyesterday,Eva Lund,eva@example.dk,1e15,DK\n';
    const [row] = callParsed(e, 'imports.preview', csv('sales.csv', text)).rows;
    expect(row).toMatchObject({ action: 'error', name: 'Eva Lund', email: 'eva@example.dk' });
    expect(row.problems).toEqual([
      expect.stringContaining('“yesterday” is not a date'),
      expect.stringContaining('scientific notation'),
      expect.stringContaining('three-letter code'),
    ]);
  });
});
