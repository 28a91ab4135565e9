import type { Consent, ConsentMedium, Customer } from '../../../shared/domain/customer';
import type { Reader, Writer } from '../database';
import { BatchInsert } from './batch-insert';

/**
 * A customer's consent per medium (table consents: one row per customer and medium, in its column channel; the newest word). Every
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
 * Records the customer's consent for a medium (email, post, phone, SMS), replacing what was recorded before. With `onlyIfStatusChanges`,
 * a consent of the same status as the one on file is left as it was (its date and evidence stay the first).
 * Answers how many rows changed (0 or 1).
 */
export function recordConsent(db: Writer, customerId: string, medium: ConsentMedium, consent: ConsentRecord, options: { onlyIfStatusChanges?: boolean } = {}): number {
  const sql = options.onlyIfStatusChanges ? `${RECORD_CONSENT} WHERE consents.status <> excluded.status` : RECORD_CONSENT;
  return db.run(sql, [customerId, medium, consent.status, consent.at, consent.source, consent.evidence]).changes;
}

/** Records each of these consents (as read by readConsents, or kept for an undo). */
export function recordConsents(db: Writer, customerId: string, consents: Customer['consents']): void {
  for (const [medium, consent] of Object.entries(consents) as Array<[ConsentMedium, ConsentRecord | undefined]>) {
    if (consent) recordConsent(db, customerId, medium, consent);
  }
}

/** Drops every consent recorded for the customer (before putting back an earlier set). */
export function forgetConsents(db: Writer, customerId: string): void {
  db.run('DELETE FROM consents WHERE customer_id = ?', [customerId]);
}

export function readConsents(db: Reader, customerId: string): Customer['consents'] {
  const consents: Customer['consents'] = {};
  for (const consent of db.all<{ medium: ConsentMedium } & ConsentRecord>('SELECT channel AS medium, status, at, source, evidence FROM consents WHERE customer_id = ?', [customerId])) {
    consents[consent.medium] = { status: consent.status, at: consent.at, source: consent.source, evidence: consent.evidence };
  }
  return consents;
}

/** Many new customers' consents at a time (the demo's thousands): rows of [customer id, medium (column channel), status, at, source, evidence]. */
export function consentBatch(db: Writer): BatchInsert {
  return new BatchInsert(db, 'consents', ['customer_id', 'channel', 'status', 'at', 'source', 'evidence']);
}
