import Papa from 'papaparse';
import type { CustomerRow } from '../../../shared/domain/customer';
import { CUSTOMER_EXPORT_COLUMNS, type CustomerExportColumn } from '../../../shared/domain/export';

/**
 * Customers as a CSV file for spreadsheets: UTF-8 with a BOM (so Excel reads æøå and řšž right), the delimiter
 * the user chose, and every text cell that a spreadsheet would run as a formula neutralised with a leading
 * apostrophe, including cells whose later lines start like a formula.
 */
export function customersCsv(rows: readonly CustomerRow[], columns: readonly CustomerExportColumn[], delimiter: ',' | ';', currency: string): string {
  const header = columns.map((column) => CUSTOMER_EXPORT_COLUMNS[column]);
  const body = rows.map((row) => columns.map((column) => cellFor(row, column, delimiter, currency)));
  return `\uFEFF${Papa.unparse([header, ...body], { delimiter, newline: '\r\n', quotes: false, escapeFormulae: false })}\r\n`;
}

const NUMERIC = new Set<CustomerExportColumn>(['purchaseCount', 'totalSpent', 'averageSpent', 'daysSinceLastPurchase', 'referredCount']);

function cellFor(row: CustomerRow, column: CustomerExportColumn, delimiter: ',' | ';', currency: string): string {
  switch (column) {
    case 'tags':
      return neutralise(row.tags.join(', '));
    case 'doNotContact':
      return row.doNotContact ? 'yes' : 'no';
    case 'emailConsent':
      return row.emailConsent ?? '';
    case 'totalSpent':
      return money(row.totalMinor, delimiter);
    case 'averageSpent':
      return row.averageMinor === null ? '' : money(row.averageMinor, delimiter);
    case 'currency':
      return currency; // the business currency: totals are converted to it (exchange rates in Settings)
    case 'notConverted':
      return row.unconvertedCurrencies.join(', ');
    default: {
      const value = row[column];
      if (value === null || value === undefined) return '';
      return NUMERIC.has(column) ? String(value) : neutralise(String(value));
    }
  }
}

/** Amounts as plain numbers; with ';' files (comma-decimal locales) the decimal mark is a comma. */
function money(minor: number, delimiter: ',' | ';'): string {
  const text = (minor / 100).toFixed(2);
  return delimiter === ';' ? text.replace('.', ',') : text;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const FORMULA_LINE = /[\r\n][=+\-@\t]/;

export function neutralise(text: string): string {
  if (text.startsWith("'")) return text; // already text to a spreadsheet (and stays so after a round trip)
  return FORMULA_START.test(text) || FORMULA_LINE.test(text) ? `'${text}` : text;
}
