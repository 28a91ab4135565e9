import { RapportFailure } from '../../../shared/contract/result';
import type { ConsentChannel, Customer, CustomerFields } from '../../../shared/domain/customer';
import type { DuplicateGroup } from '../../../shared/domain/merge';
import type { SqlParam, Writer } from '../database';
import { fillEmpty } from '../import/plan';
import { customerHandlers, readCustomer } from './customers';
import type { EngineHandler } from './types';

const HISTORY_TABLES = ['purchases', 'touchpoints', 'feedback'] as const;
const MAX_GROUPS = 500;

/** Groups of customers that share a normalised email, phone number or name (and company). */
const findDuplicates: EngineHandler<'customers.findDuplicates'> = ({ db }) => {
  const groups: DuplicateGroup[] = [];
  const seen = new Set<string>();
  for (const [reason, column] of [['email', 'email_key'], ['phone', 'phone_key'], ['name', 'name_key']] as const) {
    const keys = db.all<{ key: string }>(
      `SELECT ${column} AS key FROM customers WHERE ${column} <> '' GROUP BY ${column} HAVING count(*) > 1 LIMIT ${MAX_GROUPS}`,
    );
    for (const { key } of keys) {
      const members = db.all<{ id: string }>(`SELECT id FROM customers WHERE ${column} = ? AND ${column} <> '' ORDER BY created_at, id`, [key]).map((r) => r.id);
      const signature = members.join(',');
      if (seen.has(signature)) continue; // the same people matched by another key already
      seen.add(signature);
      groups.push({ reason, customerIds: members });
      if (groups.length >= MAX_GROUPS) return groups;
    }
  }
  return groups;
};

/**
 * Merges one customer into another, keeping both histories: purchases, touchpoints, feedback, referrals and
 * consents move to the kept customer; fields come from the kept one unless the request picks the merged one's
 * (empty fields are filled either way). Everything needed to undo it is recorded.
 */
const merge: EngineHandler<'customers.merge'> = (ctx, { keepId, mergeId, take }) => {
  const { db, now, newId } = ctx;
  if (keepId === mergeId) throw new RapportFailure('invalid-request', 'A customer cannot be merged with themselves.');
  const at = now();
  const kept = readCustomer(db, keepId, at);
  const merged = readCustomer(db, mergeId, at);
  const mergedRow = db.get<Record<string, SqlParam>>('SELECT * FROM customers WHERE id = ?', [mergeId])!;

  const moved: Record<string, string[]> = {};
  for (const table of HISTORY_TABLES) {
    moved[table] = db.all<{ id: string }>(`SELECT id FROM ${table} WHERE customer_id = ?`, [mergeId]).map((r) => r.id);
    db.run(`UPDATE ${table} SET customer_id = ? WHERE customer_id = ?`, [keepId, mergeId]);
  }
  for (const link of ['referred_by', 'successor_id'] as const) {
    moved[link] = db.all<{ id: string }>(`SELECT id FROM customers WHERE ${link} = ? AND id <> ?`, [mergeId, keepId]).map((r) => r.id);
    db.run(`UPDATE customers SET ${link} = ? WHERE ${link} = ? AND id <> ?`, [keepId, mergeId, keepId]);
  }

  const chosen: CustomerFields = { ...fillEmpty(kept, merged) };
  for (const field of take) (chosen as unknown as Record<string, unknown>)[field] = merged[field];
  if (chosen.referredBy === mergeId || chosen.referredBy === keepId) chosen.referredBy = kept.referredBy === mergeId ? null : kept.referredBy;
  if (chosen.successorId === mergeId || chosen.successorId === keepId) chosen.successorId = null;
  db.run('DELETE FROM customers WHERE id = ?', [mergeId]);
  customerHandlers['customers.update'](ctx, { id: keepId, patch: changedFields(kept, chosen) });
  writeConsents(db, keepId, mergedConsents(kept.consents, merged.consents));

  const id = newId();
  db.run('INSERT INTO merges (id, at, kept_id, merged_id, kept_before, merged_row, moved) VALUES (?, ?, ?, ?, ?, ?, ?)', [
    id, at.toISOString(), keepId, mergeId, JSON.stringify(kept), JSON.stringify({ row: mergedRow, tags: merged.tags, consents: merged.consents }), JSON.stringify(moved),
  ]);
  return { mergeId: id, customer: readCustomer(db, keepId, at) };
};

/** Puts both customers back as they were before the merge. */
const unmerge: EngineHandler<'customers.unmerge'> = (ctx, { mergeId }) => {
  const { db, now } = ctx;
  const record = db.get<{ kept_id: string; merged_id: string; kept_before: string; merged_row: string; moved: string; undone_at: string }>(
    'SELECT * FROM merges WHERE id = ?',
    [mergeId],
  );
  if (!record) throw new RapportFailure('not-found', 'That merge is not in this workspace.');
  if (record.undone_at) throw new RapportFailure('conflict', 'That merge was already undone, or one of the customers was erased.');
  if (!db.get('SELECT 1 FROM customers WHERE id = ?', [record.kept_id])) {
    throw new RapportFailure('conflict', 'The kept customer was deleted since, so the merge cannot be undone.');
  }
  const { row, tags, consents } = JSON.parse(record.merged_row) as { row: Record<string, SqlParam>; tags: string[]; consents: Customer['consents'] };
  const columns = Object.keys(row);
  db.run(`INSERT INTO customers (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`, columns.map((c) => row[c] ?? null));
  for (const tag of tags) db.run('INSERT INTO customer_tags (customer_id, tag) VALUES (?, ?)', [record.merged_id, tag]);
  writeConsents(db, record.merged_id, consents);
  const moved = JSON.parse(record.moved) as Record<string, string[]>;
  for (const table of HISTORY_TABLES) {
    for (const id of moved[table] ?? []) db.run(`UPDATE ${table} SET customer_id = ? WHERE id = ?`, [record.merged_id, id]);
  }
  for (const link of ['referred_by', 'successor_id'] as const) {
    for (const id of moved[link] ?? []) db.run(`UPDATE customers SET ${link} = ? WHERE id = ?`, [record.merged_id, id]);
  }
  const before = JSON.parse(record.kept_before) as Customer;
  const current = readCustomer(db, record.kept_id, now());
  customerHandlers['customers.update'](ctx, { id: record.kept_id, patch: changedFields(current, before) });
  db.run('DELETE FROM consents WHERE customer_id = ?', [record.kept_id]);
  writeConsents(db, record.kept_id, before.consents);
  db.run('UPDATE merges SET undone_at = ? WHERE id = ?', [now().toISOString(), mergeId]);
  return { keptId: record.kept_id, restoredId: record.merged_id };
};

function changedFields(before: CustomerFields, after: CustomerFields): Partial<CustomerFields> {
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    if (key in before && JSON.stringify((before as unknown as Record<string, unknown>)[key]) !== JSON.stringify(value)) patch[key] = value;
  }
  return patch as Partial<CustomerFields>;
}

/** The kept customer's consent per channel, the merged one's where the kept has none; a withdrawal always wins. */
function mergedConsents(kept: Customer['consents'], merged: Customer['consents']): Customer['consents'] {
  const result: Customer['consents'] = { ...kept };
  for (const [channel, consent] of Object.entries(merged) as Array<[ConsentChannel, NonNullable<Customer['consents'][ConsentChannel]>]>) {
    if (!result[channel] || consent.status === 'withdrawn') result[channel] = consent;
  }
  return result;
}

function writeConsents(db: Writer, customerId: string, consents: Customer['consents']): void {
  for (const [channel, consent] of Object.entries(consents)) {
    if (!consent) continue;
    db.run(
      'INSERT INTO consents (customer_id, channel, status, at, source, evidence) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (customer_id, channel) DO UPDATE SET status = excluded.status, at = excluded.at, source = excluded.source, evidence = excluded.evidence',
      [customerId, channel, consent.status, consent.at, consent.source, consent.evidence],
    );
  }
}


export const mergeHandlers = {
  'customers.findDuplicates': findDuplicates,
  'customers.merge': merge,
  'customers.unmerge': unmerge,
};
