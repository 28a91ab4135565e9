import { RapportFailure } from '../../../shared/contract/result';
import type { TimelineEntry, TimelineItem, TimelineKind } from '../../../shared/domain/timeline';
import type { Reader, SqlParam, Writer } from '../database';
import type { EngineHandler } from './types';

/** Each kind of timeline entry: its table, and entry field → column. */
const KINDS: { [K in TimelineKind]: { table: string; columns: Record<Exclude<keyof Extract<TimelineEntry, { kind: K }>, 'kind'>, string> } } = {
  purchase: {
    table: 'purchases',
    columns: { date: 'date', amountMinor: 'amount_minor', currency: 'currency', product: 'product', category: 'category', channel: 'channel', orderRef: 'order_ref' },
  },
  touchpoint: {
    table: 'touchpoints',
    columns: { date: 'date', channel: 'channel', department: 'department', direction: 'direction', summary: 'summary', outcome: 'outcome' },
  },
  feedback: {
    table: 'feedback',
    columns: { date: 'date', nps: 'nps', satisfaction: 'satisfaction', comment: 'comment', source: 'source' },
  },
};

const KIND_NAMES = Object.keys(KINDS) as TimelineKind[];

function fieldsOf(kind: TimelineKind): Array<[field: string, column: string]> {
  return Object.entries(KINDS[kind].columns);
}

function readItems(db: Reader, kind: TimelineKind, where: string, params: SqlParam[]): TimelineItem[] {
  const fields = fieldsOf(kind);
  const select = fields.map(([field, column]) => `${column} AS "${field}"`).join(', ');
  return db
    .all<Record<string, SqlParam>>(`SELECT id, customer_id AS "customerId", created_at AS "createdAt", ${select} FROM ${KINDS[kind].table} WHERE ${where}`, params)
    .map((row) => ({ ...row, kind }) as unknown as TimelineItem);
}

function readItem(db: Reader, kind: TimelineKind, id: string): TimelineItem {
  const item = readItems(db, kind, 'id = ?', [id])[0];
  if (!item) throw new RapportFailure('not-found', `That ${kind} does not exist (any more).`, { id });
  return item;
}

function values(entry: TimelineEntry): SqlParam[] {
  return fieldsOf(entry.kind).map(([field]) => (entry as unknown as Record<string, SqlParam>)[field] ?? null);
}

function requireCustomer(db: Reader, customerId: string): void {
  if (!db.get('SELECT 1 FROM customers WHERE id = ?', [customerId])) {
    throw new RapportFailure('not-found', 'That customer does not exist (any more).', { id: customerId });
  }
}

const list: EngineHandler<'timeline.list'> = ({ db }, { customerId }) => {
  requireCustomer(db, customerId);
  const items = KIND_NAMES.flatMap((kind) => readItems(db, kind, 'customer_id = ?', [customerId]));
  return items.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
};

/** Adds one entry; also used by the demo generator. */
export function insertEntry(db: Writer, id: string, customerId: string, entry: TimelineEntry, now: Date): void {
  const columns = fieldsOf(entry.kind).map(([, column]) => column);
  db.run(
    `INSERT INTO ${KINDS[entry.kind].table} (id, customer_id, created_at, ${columns.join(', ')}) VALUES (?, ?, ?, ${columns.map(() => '?').join(', ')})`,
    [id, customerId, now.toISOString(), ...values(entry)],
  );
}

const PURCHASE_FIELDS = fieldsOf('purchase');
const INSERT_IMPORTED_PURCHASE = `INSERT INTO purchases (id, customer_id, created_at, import_id, ${PURCHASE_FIELDS.map(([, column]) => column).join(', ')})
  VALUES (?, ?, ?, ?, ${PURCHASE_FIELDS.map(() => '?').join(', ')})`;

/** Books a purchase from an import, marked with the import so that undoing it takes the purchase back. */
export function insertImportedPurchase(db: Writer, id: string, customerId: string, entry: Extract<TimelineEntry, { kind: 'purchase' }>, createdAt: string, importId: string): void {
  // a million-row orders file comes through here: the statement text and field list are built once
  const params: SqlParam[] = [id, customerId, createdAt, importId];
  for (const [field] of PURCHASE_FIELDS) params.push((entry as unknown as Record<string, SqlParam>)[field] ?? null);
  db.run(INSERT_IMPORTED_PURCHASE, params);
}

const add: EngineHandler<'timeline.add'> = ({ db, now, newId }, { customerId, entry }) => {
  requireCustomer(db, customerId);
  const id = newId();
  insertEntry(db, id, customerId, entry, now());
  return readItem(db, entry.kind, id);
};

const update: EngineHandler<'timeline.update'> = ({ db }, { id, entry }) => {
  readItem(db, entry.kind, id);
  const sets = fieldsOf(entry.kind).map(([, column]) => `${column} = ?`);
  db.run(`UPDATE ${KINDS[entry.kind].table} SET ${sets.join(', ')} WHERE id = ?`, [...values(entry), id]);
  return readItem(db, entry.kind, id);
};

const remove: EngineHandler<'timeline.delete'> = ({ db }, { kind, id }) => ({
  deleted: db.run(`DELETE FROM ${KINDS[kind].table} WHERE id = ?`, [id]).changes,
});

export const timelineHandlers = {
  'timeline.list': list,
  'timeline.add': add,
  'timeline.update': update,
  'timeline.delete': remove,
};
