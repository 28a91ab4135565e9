import type { Profile } from '../../../shared/domain/profile';
import type { DeliveryChannel, Recipients } from '../../../shared/domain/recipients';
import type { Coverage, MergeFieldName, Template, TemplateVersion } from '../../../shared/domain/template';
import { pickVersion, templateFields } from '../../../shared/logic/template';
import type { Reader } from '../database';
import { readProfile } from '../store/profile';
import { resolveRecipients } from './recipients';

/**
 * The coverage check before anything is produced: who is left out (resolveRecipients) and, of those who are in,
 * how many lack each field the template prints. Counted in SQL, one aggregate over the recipients, so 100,000
 * customers are checked without building 100,000 merge contexts; each condition says when merge-context.ts
 * gives the field no value.
 */

const LAST_PURCHASE = `(SELECT product FROM purchases p WHERE p.customer_id = c.id ORDER BY p.date DESC, p.created_at DESC, p.id DESC LIMIT 1)`;
const FIRST_PURCHASE = `(SELECT product FROM purchases p WHERE p.customer_id = c.id ORDER BY p.date, p.created_at, p.id LIMIT 1)`;
const NO_PURCHASE = `NOT EXISTS (SELECT 1 FROM purchases p WHERE p.customer_id = c.id)`;
const blank = (column: string) => `trim(c.${column}) = ''`;

/** When a field has no value for customer `c` (SQL), or for everyone / no one (a profile or campaign field). */
function missingWhen(field: MergeFieldName, profile: Profile): string | boolean {
  switch (field) {
    case 'salutation': return blank('salutation');
    case 'firstName': return blank('first_name');
    case 'lastName': return blank('last_name');
    case 'fullName': return `trim(c.first_name || c.last_name) = ''`;
    case 'company': return blank('company');
    case 'role': return blank('role');
    case 'email': return blank('email');
    case 'phone': return blank('phone');
    case 'street': return blank('street');
    case 'postalCode': return blank('postal_code');
    case 'city': return blank('city');
    case 'country': return blank('country');
    case 'birthday': return `c.birthday NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`;
    case 'isB2B': case 'purchaseCount': case 'referredCount': return false;
    case 'customerSince': case 'yearsAsCustomer': return `c.customer_since = '' AND ${NO_PURCHASE}`;
    case 'firstPurchaseDate': case 'lastPurchaseDate': case 'lastPurchaseAmount': case 'totalSpent':
    case 'rfmGroup': case 'lifetimeValue': return NO_PURCHASE;
    case 'firstPurchaseProduct': return `coalesce(trim(${FIRST_PURCHASE}), '') = ''`;
    case 'lastPurchaseProduct': return `coalesce(trim(${LAST_PURCHASE}), '') = ''`;
    case 'referredNames': return `NOT EXISTS (SELECT 1 FROM customers r WHERE r.referred_by = c.id)`;
    case 'lastGift': return `NOT EXISTS (SELECT 1 FROM given_gifts g WHERE g.customer_id = c.id)`;
    case 'businessName': return profile.name.trim() === '';
    case 'senderAddress': return profile.senderAddress.trim() === '';
    case 'signature': return profile.signature.trim() === '';
    case 'today': return false;
    // filled by a campaign step only
    case 'campaignName': case 'offer': case 'deadline': return true;
  }
}

/** Fields printed as values (not only tested in conditions), over every language version; fallback only if all uses have one. */
export function printedFields(versions: TemplateVersion[]): Map<MergeFieldName, boolean> {
  const out = new Map<MergeFieldName, boolean>();
  for (const version of versions) {
    for (const use of [...templateFields(version.body), ...templateFields(version.subject)]) {
      if (use.conditionOnly) continue;
      const field = use.field as MergeFieldName;
      out.set(field, (out.get(field) ?? true) && use.hasFallback);
    }
  }
  return out;
}

const EXAMPLES = 5;
const EXCLUDED_LISTED = 1_000;

export function coverageOf(db: Reader, template: Template, recipients: Recipients, channel: DeliveryChannel, now: Date): Coverage {
  const profile = readProfile(db);
  const { included, excluded, includedLanguages } = resolveRecipients(db, recipients, channel, now);
  const ids = JSON.stringify(included);
  const versions = Object.values(template.versions).filter((v): v is TemplateVersion => v !== undefined);
  const fields = [...printedFields(versions)];
  const sqlFields = fields.filter(([field]) => typeof missingWhen(field, profile) === 'string');
  const counts = new Map<string, number>();
  if (sqlFields.length > 0 && included.length > 0) {
    const sums = sqlFields.map(([field], i) => `sum(CASE WHEN ${missingWhen(field, profile) as string} THEN 1 ELSE 0 END) AS f${i}`).join(', ');
    const row = db.get<Record<string, number | null>>(`SELECT ${sums} FROM customers c WHERE c.id IN (SELECT value FROM json_each(?))`, [ids]) ?? {};
    sqlFields.forEach(([field], i) => counts.set(field, Number(row[`f${i}`] ?? 0)));
  }
  const missingFields: Coverage['missingFields'] = [];
  for (const [field, hasFallback] of fields) {
    const when = missingWhen(field, profile);
    const count = typeof when === 'string' ? (counts.get(field) ?? 0) : when ? included.length : 0;
    if (count === 0) continue;
    const examples = typeof when === 'string'
      ? db.all<{ id: string; name: string }>(
          `SELECT c.id, coalesce(nullif(trim(c.first_name || ' ' || c.last_name), ''), nullif(c.company, ''), c.email) AS name
             FROM customers c WHERE c.id IN (SELECT value FROM json_each(?)) AND ${when} ORDER BY c.display_key, c.id LIMIT ${EXAMPLES}`,
          [ids],
        ).map((r) => ({ customerId: r.id, name: r.name }))
      : [];
    missingFields.push({ field, count, hasFallback, examples });
  }
  const languageFallbacks: Coverage['languageFallbacks'] = [];
  if (versions.length > 0) {
    const byCount = [...includedLanguages].sort(([a, n], [b, m]) => m - n || (a < b ? -1 : a > b ? 1 : 0));
    for (const [language, count] of byCount) {
      if (pickVersion(template, language, profile.language).fellBackFrom !== null) languageFallbacks.push({ language, count });
    }
  }
  return {
    total: included.length + excluded.length,
    included: included.length,
    excluded: excluded.slice(0, EXCLUDED_LISTED),
    excludedCount: excluded.length,
    missingFields,
    languageFallbacks,
  };
}
