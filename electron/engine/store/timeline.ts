import { RapportFailure } from '../../../shared/contract/result';
import type { TimelineEntry, TimelineItem, TimelineKind } from '../../../shared/domain/timeline';
import type { Reader, SqlParam, Writer } from '../database';

/**
 * A customer's timeline: purchases, touchpoints and feedback (one table each), read and written as entries.
 * Each kind's table and entry field → column are named here once; purchases.ts, touchpoints.ts and feedback.ts
 * add what only one table needs.
 */
// The columns keep their first names (channel): undo records hold rows as JSON under them.
const KINDS: { [K in TimelineKind]: { table: string; columns: Record<Exclude<keyof Extract<TimelineEntry, { kind: K }>, 'kind'>, string> } } = {
  purchase: {
    table: 'purchases',
    columns: { date: 'date', amountMinor: 'amount_minor', currency: 'currency', product: 'product', category: 'category', outlet: 'channel', orderRef: 'order_ref' },
  },
  touchpoint: {
    table: 'touchpoints',
    columns: { date: 'date', medium: 'channel', department: 'department', direction: 'direction', summary: 'summary', outcome: 'outcome' },
  },
  feedback: {
    table: 'feedback',
    columns: { date: 'date', nps: 'nps', satisfaction: 'satisfaction', comment: 'comment', source: 'source' },
  },
};

export const TIMELINE_KINDS = Object.keys(KINDS) as TimelineKind[];

/** The tables of a customer's history, whose rows belong to one customer (moved by a merge, kept by a delete). */
export const HISTORY_TABLES = ['purchases', 'touchpoints', 'feedback'] as const;

export function fieldsOf(kind: TimelineKind): Array<[field: string, column: string]> {
  return Object.entries(KINDS[kind].columns);
}

function readItems(db: Reader, kind: TimelineKind, where: string, params: SqlParam[]): TimelineItem[] {
  const fields = fieldsOf(kind);
  const select = fields.map(([field, column]) => `${column} AS "${field}"`).join(', ');
  return db
    .all<Record<string, SqlParam>>(`SELECT id, customer_id AS "customerId", created_at AS "createdAt", ${select} FROM ${KINDS[kind].table} WHERE ${where}`, params)
    .map((row) => ({ ...row, kind }) as unknown as TimelineItem);
}

/** Every entry of the customer's timeline, newest first. */
export function readTimeline(db: Reader, customerId: string): TimelineItem[] {
  const items = TIMELINE_KINDS.flatMap((kind) => readItems(db, kind, 'customer_id = ?', [customerId]));
  return items.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}

/** One entry; `not-found` when there is no such entry of that kind. */
export function readEntry(db: Reader, kind: TimelineKind, id: string): TimelineItem {
  const item = readItems(db, kind, 'id = ?', [id])[0];
  if (!item) throw new RapportFailure('not-found', `That ${kind} does not exist (any more).`, { id });
  return item;
}

function values(entry: TimelineEntry): SqlParam[] {
  return fieldsOf(entry.kind).map(([field]) => (entry as unknown as Record<string, SqlParam>)[field] ?? null);
}

/** Adds one entry to a customer's timeline. */
export function insertEntry(db: Writer, id: string, customerId: string, entry: TimelineEntry, now: Date): void {
  const columns = fieldsOf(entry.kind).map(([, column]) => column);
  db.run(
    `INSERT INTO ${KINDS[entry.kind].table} (id, customer_id, created_at, ${columns.join(', ')}) VALUES (?, ?, ?, ${columns.map(() => '?').join(', ')})`,
    [id, customerId, now.toISOString(), ...values(entry)],
  );
}

export function updateEntry(db: Writer, id: string, entry: TimelineEntry): void {
  const sets = fieldsOf(entry.kind).map(([, column]) => `${column} = ?`);
  db.run(`UPDATE ${KINDS[entry.kind].table} SET ${sets.join(', ')} WHERE id = ?`, [...values(entry), id]);
}

export function deleteEntry(db: Writer, kind: TimelineKind, id: string): number {
  return db.run(`DELETE FROM ${KINDS[kind].table} WHERE id = ?`, [id]).changes;
}

/** Moves all of one customer's history to another (a merge); answers the ids moved per table, for its undo. */
export function moveHistory(db: Writer, fromId: string, toId: string): Record<(typeof HISTORY_TABLES)[number], string[]> {
  const moved = {} as Record<(typeof HISTORY_TABLES)[number], string[]>;
  for (const table of HISTORY_TABLES) {
    moved[table] = db.all<{ id: string }>(`SELECT id FROM ${table} WHERE customer_id = ?`, [fromId]).map((r) => r.id);
    db.run(`UPDATE ${table} SET customer_id = ? WHERE customer_id = ?`, [toId, fromId]);
  }
  return moved;
}

/** Gives these entries of the history tables back to a customer (the undo of moveHistory). */
export function moveHistoryBack(db: Writer, moved: Partial<Record<(typeof HISTORY_TABLES)[number], string[]>>, toId: string): void {
  for (const table of HISTORY_TABLES) {
    for (const id of moved[table] ?? []) db.run(`UPDATE ${table} SET customer_id = ? WHERE id = ?`, [toId, id]);
  }
}
