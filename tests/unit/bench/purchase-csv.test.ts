import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { customerCsv } from '../../../scripts/bench/customer-csv';
import { PURCHASE_CSV_HEADER, purchaseCsv } from '../../../scripts/bench/purchase-csv';

describe('bench purchases CSV', () => {
  const customers = customerCsv(300, 5);

  it('gives the customer file its emails in row order', () => {
    const rows = Papa.parse<string[]>(customers.text.trimEnd(), { delimiter: ',' }).data.slice(1);
    expect(customers.emails).toEqual(rows.map((r) => r[2]));
  });

  it('is the same text for the same emails and seed, and another for another seed', () => {
    const first = purchaseCsv(customers.emails, 3000, 9);
    expect(purchaseCsv(customers.emails, 3000, 9).text).toBe(first.text);
    expect(purchaseCsv(customers.emails, 3000, 10).text).not.toBe(first.text);
    expect(first.rows).toBe(3000);
  });

  it('books every row on a customer of the file, with dates over two years, amounts and unique order numbers', () => {
    const { text } = purchaseCsv(customers.emails, 3000, 9);
    expect(text.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = Papa.parse<string[]>(text.trimEnd(), { delimiter: ',' }).data;
    expect(header).toEqual([...PURCHASE_CSV_HEADER]);
    expect(rows).toHaveLength(3000);
    const known = new Set(customers.emails.map((e) => e.toLowerCase()));
    for (const [date, email, amount, product, order] of rows) {
      expect(date).toMatch(/^202[34]-\d{2}-\d{2}$/);
      expect(known.has(email!)).toBe(true);
      expect(amount).toMatch(/^\d+\.\d{2}$/);
      expect(product).not.toBe('');
      expect(order).toMatch(/^\d+$/);
    }
    expect(rows[0]![0]).toBe('2023-01-01');
    expect(rows[rows.length - 1]![0]! >= '2024-12-01').toBe(true);
    expect(new Set(rows.map((r) => r[4])).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r[1])).size).toBeGreaterThan(250); // spread over the customers, about 10 each
  });
});
