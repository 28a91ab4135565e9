import Papa from 'papaparse';
import type { CustomerRow } from '../../../shared/domain/customer';
import { CUSTOMER_EXPORT_COLUMNS, type CustomerExportColumn } from '../../../shared/domain/export';
import { engineHandlers } from '../handlers';
import type { FileProducer } from './types';

/** Customers read per page, so progress can be told and a stop honoured between pages. */
const EXPORT_PAGE = 5000;

/** `exports.customersCsv`: the grid view (search, filters, order, columns) as a CSV file. */
export const customersCsvFile: FileProducer<'exports.customersCsv'> = {
  suggestedName: ({ workspaceName }) => `${workspaceName} customers.csv`,
  produce(ctx, request, job) {
    const list = engineHandlers['customers.list'];
    const rows: CustomerRow[] = [];
    for (let offset = 0; ; offset += EXPORT_PAGE) {
      const page = list(ctx, { offset, limit: EXPORT_PAGE, search: request.search, tag: request.tag, sort: request.sort, filters: request.filters, segment: request.segment, withRfm: false });
      rows.push(...page.rows);
      job.progress(rows.length, Math.max(page.total, rows.length));
      job.checkCancelled();
      if (page.rows.length < EXPORT_PAGE) break;
    }
    const { currency } = engineHandlers['profile.get'](ctx, {});
    return { bytes: Buffer.from(customersCsv(rows, request.columns, request.delimiter, currency), 'utf8'), answer: { rows: rows.length } };
  },
};

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
