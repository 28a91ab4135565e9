import { displayName } from '../../../shared/domain/customer';
import type { DeliveryChannel, ExcludedRecipient, ExclusionReason, Recipients } from '../../../shared/domain/recipients';
import { consentMedium, unreachableReason } from '../../../shared/logic/reachability';
import type { Reader } from '../database';
import type { SqlFragment } from '../store/customer-query';
import { readSegment, rulesMembersSql } from '../store/segments';

/**
 * Who a piece of writing goes to: the segment's members (as of `now`) or the picked ids, in name order, and who is
 * left out and why, by the one consent and contact-detail rule (shared/logic/reachability.ts). An id with no
 * customer row was erased.
 */

interface Row {
  id: string;
  first_name: string;
  last_name: string;
  company: string;
  email: string;
  phone: string;
  street: string;
  postal_code: string;
  city: string;
  language: string;
  do_not_contact: number;
  left_company_at: string | null;
  consent: string | null;
}

function reasonFor(row: Row, channel: DeliveryChannel): ExclusionReason | null {
  return unreachableReason(
    {
      doNotContact: !!row.do_not_contact,
      leftCompany: !!row.left_company_at,
      consent: row.consent,
      hasPostalAddress: row.street.trim() !== '' && row.city.trim() !== '',
      hasEmail: row.email.trim() !== '',
      hasPhone: row.phone.trim() !== '',
    },
    channel,
  );
}

/**
 * The recipients as SQL yielding customer ids: the picked ids as a JSON list, or the segment's membership query
 * itself (as of `now`), so a segment of 100,000 is never read out and passed back in.
 */
function recipientSource(db: Reader, recipients: Recipients, now: Date): SqlFragment {
  if ('customerIds' in recipients) return { sql: 'SELECT value FROM json_each(:recipientIds)', params: { ':recipientIds': JSON.stringify([...new Set(recipients.customerIds)]) } };
  const segment = readSegment(db, recipients.segmentId);
  return rulesMembersSql(db, segment.rules, now.toISOString().slice(0, 10));
}

export interface ResolvedRecipients {
  /** In name order. */
  included: string[];
  excluded: ExcludedRecipient[];
  /** How many of the included have each language code (not '' ), for the language-fallback report. */
  includedLanguages: Map<string, number>;
}

export function resolveRecipients(db: Reader, recipients: Recipients, channel: DeliveryChannel, now: Date): ResolvedRecipients {
  const source = recipientSource(db, recipients, now);
  const rows = db.all<Row>(
    `SELECT c.id, c.first_name, c.last_name, c.company, c.email, c.phone, c.street, c.postal_code, c.city, c.language, c.do_not_contact,
            NULLIF(c.left_company_at, '') AS left_company_at, k.status AS consent
       FROM customers c LEFT JOIN consents k ON k.customer_id = c.id AND k.channel = :recipientMedium
      WHERE c.id IN (${source.sql}) ORDER BY c.display_key, c.id`,
    { ...source.params, ':recipientMedium': consentMedium(channel) ?? '' },
  );
  const included: string[] = [];
  const excluded: ExcludedRecipient[] = [];
  const includedLanguages = new Map<string, number>();
  const seen = new Set<string>();
  for (const row of rows) {
    seen.add(row.id);
    const reason = reasonFor(row, channel);
    if (reason) {
      excluded.push({ customerId: row.id, name: displayName({ firstName: row.first_name, lastName: row.last_name, company: row.company, email: row.email }), reason });
      continue;
    }
    included.push(row.id);
    if (row.language !== '') includedLanguages.set(row.language, (includedLanguages.get(row.language) ?? 0) + 1);
  }
  // a picked id with no customer row was erased since it was picked
  if ('customerIds' in recipients) for (const id of new Set(recipients.customerIds)) if (!seen.has(id)) excluded.push({ customerId: id, name: '', reason: 'erased' });
  return { included, excluded, includedLanguages };
}
