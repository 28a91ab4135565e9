import { displayName } from '../../../shared/domain/customer';
import type { ImportPlanRow } from '../../../shared/domain/import';
import type { TimelineEntry } from '../../../shared/domain/timeline';
import type { CustomerMatch } from '../../../shared/domain/capture';
import { type MatchKeys, customerMatchKeys, emailKey } from '../../../shared/logic/match-keys';
import type { Reader } from '../database';
import { purchasesOfCustomers } from '../store/purchases';
import { CustomerMatcher } from './matcher';
import { type AmountResult, readAmount } from './amounts';
import { PURCHASE_FIELDS, type Mapping, type PurchaseField, fieldOf } from './fields';
import type { ParsedTable } from './parse';
import { type RowProgress, sortByLine } from './plan-rows';
import { type MappedRow, type RowResult, mapRow, parseDate, refusedRow } from './values';

type Purchase = Extract<TimelineEntry, { kind: 'purchase' }>;

/** A buyer as the file names them: read once, matched once. */
interface Person {
  result: RowResult;
  keys: MatchKeys | null;
}

/** Whether a column says who bought (the others describe the purchase, or are ignored). */
function describesPerson(field: string): boolean {
  return field !== 'ignore' && !(PURCHASE_FIELDS as readonly string[]).includes(field);
}

export interface PurchaseWrite {
  line: number;
  purchase: Purchase;
  /** The existing customer, or null: then `newCustomer` is created (once per person in the file). */
  customerId: string | null;
  newCustomer: MappedRow | null;
  /** Rows of one new person share this key, so the person is created once. */
  personKey: string;
}

/** A file is a purchases file when a column gives the date of purchase and one gives an amount or a price. */
export function isPurchasesMapping(mapping: Mapping): boolean {
  const fields = new Set(mapping.values());
  return fields.has('purchaseDate') && (fields.has('amount') || fields.has('unitPrice'));
}

/**
 * One purchase per row (a Shopify orders export has one row per line item), matched to a customer by email,
 * phone or name; a buyer Rapport does not know becomes a new customer. A row already imported (same customer,
 * date, order, product and amount) is skipped.
 */
export function planPurchases(
  db: Reader,
  table: ParsedTable,
  mapping: Mapping,
  listSeparator: RegExp,
  context: { businessCountry: string; currency: string; source: string },
  progress: RowProgress = () => {},
): { rows: ImportPlanRow[]; writes: PurchaseWrite[] } {
  const rows: ImportPlanRow[] = table.problems.map((p) => ({ line: p.line, action: 'error' as const, reason: p.reason, name: '', email: '' }));
  // A purchases file names each buyer many times: each distinct person is read and matched once.
  const people = new Map<string, Person>();
  const personColumns = table.headers.flatMap((header, index) => (describesPerson(fieldOf(mapping, header)) ? [index] : []));
  const personOf = (cells: readonly string[]): Person => {
    const signature = personColumns.map((index) => cells[index] ?? '').join('\u001f');
    let person = people.get(signature);
    if (!person) {
      const result = mapRow(table.headers, cells, mapping, listSeparator, { businessCountry: context.businessCountry, source: context.source });
      person = { result, keys: result.ok ? customerMatchKeys(result.row.fields, context.businessCountry) : null };
      people.set(signature, person);
    }
    return person;
  };

  // a year of orders has a few hundred dates and prices, written a million times: each is read once
  const dateOf = remembered((text: string) => parseDate(text, context.businessCountry, false));
  const amountOfText = remembered((text: string) => readAmount(text, context.businessCountry));

  const purchaseColumns = table.headers.flatMap((header, index) => {
    const field = fieldOf(mapping, header);
    return (PURCHASE_FIELDS as readonly string[]).includes(field) ? [{ index, field: field as PurchaseField }] : [];
  });
  const currencyOf = remembered((text: string) => text.trim().toUpperCase());

  const read: Array<{ line: number; purchase: Purchase; person: Person; buyer: MappedRow }> = [];
  // An order's first row carries its total; its further rows (Shopify's other line items) leave the amount
  // empty and only name another product: they belong to the order, they are not purchases of their own.
  const amountMapped = mapping.size > 0 && [...mapping.values()].includes('amount');
  const orders = new Map<string, { line: number; purchase: Purchase }>(); // order reference → its first row
  const orderLines: Array<{ row: ImportPlanRow; firstLine: number }> = []; // named once their order's buyer is known
  const total = table.rows.length;
  for (const [index, { line, cells }] of table.rows.entries()) {
    progress(index);
    const values = purchaseValues(purchaseColumns, cells);
    const order = values.orderRef ? orders.get(values.orderRef) : undefined;
    if (order && amountMapped && values.amount === undefined) {
      const { purchase } = order;
      if (values.product) purchase.product = [purchase.product, values.product].filter(Boolean).join(', ').slice(0, 200);
      const row: ImportPlanRow = { line, action: 'merge', reason: `Another line of order ${values.orderRef} (line ${order.line}): its product is added to that purchase, whose total is the order's.`, name: '', email: '' };
      rows.push(row);
      orderLines.push({ row, firstLine: order.line });
      continue;
    }
    const problems: string[] = [];
    const date = values.purchaseDate ? dateOf(values.purchaseDate) : null;
    if (!date) problems.push(values.purchaseDate ? `The date “${values.purchaseDate}” is not a date Rapport can read.` : 'The row has no date of purchase.');
    const amount = values.amount !== undefined ? amountOfText(values.amount) : amountOf(values, context.businessCountry);
    if (!amount.ok) problems.push(amount.reason);
    const currency = currencyOf(values.currency ?? context.currency);
    if (!/^[A-Z]{3}$/.test(currency)) problems.push(`The currency “${values.currency}” is not a three-letter code such as DKK.`);
    const person = personOf(cells);
    if (!person.result.ok) problems.push(`No customer to book it on: ${person.result.reason}`);
    if (problems.length > 0 || !date || !amount.ok || !person.result.ok) {
      const who = person.result.ok ? { name: displayName(person.result.row.fields), email: person.result.row.fields.email } : person.result;
      const refused = refusedRow(problems, who);
      rows.push({ line, action: 'error', reason: refused.reason, problems: refused.problems, name: refused.name, email: refused.email });
      continue;
    }
    const purchase: Purchase = {
      kind: 'purchase',
      date,
      amountMinor: amount.minor,
      currency,
      product: (values.product ?? '').slice(0, 200),
      category: (values.category ?? '').slice(0, 100),
      outlet: (values.salesChannel ?? '').slice(0, 60),
      orderRef: (values.orderRef ?? '').slice(0, 100),
    };
    if (values.orderRef && !orders.has(values.orderRef)) orders.set(values.orderRef, { line, purchase });
    read.push({ line, person, buyer: person.result.row, purchase });
  }

  const matcher = CustomerMatcher.forKeys(db, [...people.values()].flatMap(({ keys }) => (keys ? [keys] : [])));
  const matched = new Map<Person, CustomerMatch | undefined>();
  for (const person of people.values()) if (person.keys) matched.set(person, matcher.match(person.keys));
  const booked = bookedSignatures(db, [...new Set([...matched.values()].flatMap((match) => (match ? [match.id] : [])))]);

  // Who each buyer is in the workspace, worked out once per buyer, not once per row.
  const bookingOf = remembered((person: Person) => {
    const fields = person.result.ok ? person.result.row.fields : null;
    const name = fields ? displayName(fields) : '';
    const match = matched.get(person);
    return {
      match,
      personKey: match?.id ?? `new:${emailKey(fields?.email ?? '') || name.toLowerCase()}`,
      // the customer as the workspace knows them: an order's later line items often carry only the email
      shown: { name: match?.displayName ?? name, email: match?.email || fields?.email || '' },
      reason: match ? `Purchase for ${match.displayName} (same ${match.reason}).` : `Purchase for a new customer, ${name}.`,
    };
  });

  const writes: PurchaseWrite[] = [];
  for (const [index, { line, purchase, person, buyer }] of read.entries()) {
    progress(total + index);
    const { match, personKey, shown, reason } = bookingOf(person);
    const signature = signatureOf(personKey, purchase);
    if (booked.has(signature)) {
      rows.push({ line, action: 'skip', reason: 'This purchase is already in the workspace.', ...shown });
      continue;
    }
    booked.add(signature);
    writes.push({ line, purchase, customerId: match?.id ?? null, newCustomer: match ? null : buyer, personKey });
    rows.push({ line, action: 'create', reason, ...shown, ...(match ? { matchId: match.id } : {}) });
  }
  if (orderLines.length > 0) {
    const byLine = new Map(rows.map((row) => [row.line, row]));
    for (const { row, firstLine } of orderLines) Object.assign(row, { name: byLine.get(firstLine)?.name ?? '', email: byLine.get(firstLine)?.email ?? '' });
  }
  sortByLine(rows);
  return { rows, writes };
}

/** The purchase's own cells of a row (the first non-empty one for each field), from the columns mapped to them. */
function purchaseValues(columns: ReadonlyArray<{ index: number; field: PurchaseField }>, cells: readonly string[]): Partial<Record<PurchaseField, string>> {
  const values: Partial<Record<PurchaseField, string>> = {};
  for (const { index, field } of columns) {
    const value = (cells[index] ?? '').trim();
    if (value && values[field] === undefined) values[field] = value;
  }
  return values;
}

/** The function's answers, remembered per argument for the length of one plan. */
function remembered<K, T>(read: (key: K) => T): (key: K) => T {
  const answers = new Map<K, T>();
  return (key) => {
    if (answers.has(key)) return answers.get(key)!;
    const answer = read(key);
    answers.set(key, answer);
    return answer;
  };
}

/** What makes two purchases the same: who, when, which order, what and how much. */
function signatureOf(personKey: string, p: Purchase): string {
  return [personKey, p.date, p.orderRef, p.product, p.amountMinor].join('\u001f');
}

/** The purchases these customers already have, so that importing a file twice books nothing twice. */
function bookedSignatures(db: Reader, customerIds: readonly string[]): Set<string> {
  const signatures = new Set<string>();
  for (const row of purchasesOfCustomers(db, customerIds)) {
    signatures.add(signatureOf(row.customer_id, { kind: 'purchase', date: row.date, orderRef: row.order_ref, product: row.product, amountMinor: row.amount_minor, currency: '', category: '', outlet: '' }));
  }
  return signatures;
}

/** The amount of a row without a total: unit price times quantity (one when not given), in minor units. */
function amountOf(values: Partial<Record<PurchaseField, string>>, businessCountry: string): AmountResult {
  if (values.unitPrice === undefined) return { ok: false, reason: 'The row has no amount.' };
  const price = readAmount(values.unitPrice, businessCountry);
  if (!price.ok) return price;
  const quantityText = values.quantity ?? '1';
  if (!/^\d{1,6}(?:[.,]\d{1,3})?$/.test(quantityText)) return { ok: false, reason: `The quantity “${quantityText.slice(0, 40)}” is not a number Rapport can read.` };
  // price (exact minor units) times a quantity of at most three decimals, rounded once to the minor unit
  const thousandths = BigInt(quantityText.replace(',', '.').replace(/^(\d+)(?:\.(\d+))?$/, (_, w: string, f = '') => w + f.padEnd(3, '0')));
  const product = BigInt(price.minor) * thousandths;
  const minor = (product + (product >= 0n ? 500n : -500n)) / 1000n;
  if (minor > 1_000_000_000_000n || minor < -1_000_000_000_000n) return { ok: false, reason: 'The amount (price times quantity) is out of range.' };
  return { ok: true, minor: Number(minor) };
}


