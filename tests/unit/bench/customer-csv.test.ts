import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../../shared/logic/match-keys';
import { CUSTOMER_CSV_HEADER, csvCell, customerCsv } from '../../../scripts/bench/customer-csv';

describe('bench customer CSV', () => {
  it('is the same text for the same seed, and another for another seed', () => {
    const first = customerCsv(500, 7);
    expect(customerCsv(500, 7).text).toBe(first.text);
    expect(customerCsv(500, 8).text).not.toBe(first.text);
    expect(first.rows).toBe(500);
  });

  it('has the header and realistic rows, with Danish, Czech and Norwegian letters', () => {
    const { text } = customerCsv(2000, 1);
    const parsed = Papa.parse<string[]>(text.trimEnd(), { delimiter: ',' });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header).toEqual([...CUSTOMER_CSV_HEADER]);
    expect(rows).toHaveLength(2000);
    for (const row of rows) {
      expect(row).toHaveLength(CUSTOMER_CSV_HEADER.length);
      expect(row[2]).toMatch(/^[a-z.0-9]+@[a-z.]+$/i);
    }
    for (const letter of ['ø', 'å', 'æ', 'ř', 'č', 'ž']) expect(text.toLowerCase()).toContain(letter);
    expect(rows.some((row) => row[7]!.includes(','))).toBe(true); // several tags in one quoted cell
  });

  it('makes every row a different person to the importer: email, phone and name+company are unique', () => {
    const rows = Papa.parse<string[]>(customerCsv(5000, 3).text.trimEnd(), { delimiter: ',' }).data.slice(1);
    const emails = rows.map((r) => r[2]!.toLowerCase());
    expect(new Set(emails).size).toBe(rows.length);
    const phones = rows.map((r) => r[3]!.replace(/\D/g, '')).filter(Boolean);
    expect(new Set(phones).size).toBe(phones.length);
    expect(new Set(rows.map((r) => nameKey(r[0]!, r[1]!, r[4]!))).size).toBe(rows.length);
  });

  it('quotes cells only where CSV needs it', () => {
    expect(csvCell('Søren')).toBe('Søren');
    expect(csvCell('vip, sommer')).toBe('"vip, sommer"');
    expect(csvCell('Bager "Ø"')).toBe('"Bager ""Ø"""');
  });
});
