import type { Consent, ConsentChannel, Customer } from '../../../shared/domain/customer';
import type { Reader, Writer } from '../database';
import { BatchInsert } from './batch-insert';

/**
 * A customer's consent per channel (table consents: one row per customer and channel, the newest word). Every
 * path that records consent comes through here: the customer form, bulk edits, trade-fair capture, imports,
 * merges and their undo, the undo of a delete, the demo.
 */

export interface ConsentRecord {
  status: Consent['status'];
  at: string;
  source: string;
  evidence: string;
}

const RECORD_CONSENT = `INSERT INTO consents (customer_id, channel, status, at, source, evidence) VALUES (?, ?, ?, ?, ?, ?)
  ON CONFLICT (customer_id, channel) DO UPDATE SET status = excluded.status, at = excluded.at, source = excluded.source, evidence = excluded.evidence`;

/**
 * Records the customer's consent on a channel, replacing what was recorded before. With `onlyIfStatusChanges`,
 * a consent of the same status as the one on file is left as it was (its date and evidence stay the first).
 * Answers how many rows changed (0 or 1).
 */
export function recordConsent(db: Writer, customerId: string, channel: ConsentChannel, consent: ConsentRecord, options: { onlyIfStatusChanges?: boolean } = {}): number {
  const sql = options.onlyIfStatusChanges ? `${RECORD_CONSENT} WHERE consents.status <> excluded.status` : RECORD_CONSENT;
  return db.run(sql, [customerId, channel, consent.status, consent.at, consent.source, consent.evidence]).changes;
}

/** Records each of these consents (as read by readConsents, or kept for an undo). */
export function recordConsents(db: Writer, customerId: string, consents: Customer['consents']): void {
  for (const [channel, consent] of Object.entries(consents) as Array<[ConsentChannel, ConsentRecord | undefined]>) {
    if (consent) recordConsent(db, customerId, channel, consent);
  }
}

/** Drops every consent recorded for the customer (before putting back an earlier set). */
export function forgetConsents(db: Writer, customerId: string): void {
  db.run('DELETE FROM consents WHERE customer_id = ?', [customerId]);
}

export function readConsents(db: Reader, customerId: string): Customer['consents'] {
  const consents: Customer['consents'] = {};
  for (const consent of db.all<{ channel: ConsentChannel } & ConsentRecord>('SELECT channel, status, at, source, evidence FROM consents WHERE customer_id = ?', [customerId])) {
    consents[consent.channel] = { status: consent.status, at: consent.at, source: consent.source, evidence: consent.evidence };
  }
  return consents;
}

/** Many new customers' consents at a time (the demo's thousands): rows of [customer id, channel, status, at, source, evidence]. */
export function consentBatch(db: Writer): BatchInsert {
  return new BatchInsert(db, 'consents', ['customer_id', 'channel', 'status', 'at', 'source', 'evidence']);
}
