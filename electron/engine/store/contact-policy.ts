import { type ContactPolicy, ContactPolicySchema, DEFAULT_CONTACT_POLICY } from '../../../shared/domain/campaign';
import type { Reader, Writer } from '../database';

/**
 * The workspace's contact policy (table contact_policy, one row, migration 0009). Until it is first saved, the
 * default stands, with the holidays of the profile's country. A stored policy that no longer parses (written by a
 * newer version, say) is read field by field over the default, so one odd field does not lose the rest.
 */
export function readPolicy(db: Reader): ContactPolicy {
  const country = db.get<{ country: string }>('SELECT country FROM business_profile WHERE id = 1')?.country ?? '';
  const base: ContactPolicy = { ...DEFAULT_CONTACT_POLICY, holidayCountry: country };
  const row = db.get<{ policy: string }>('SELECT policy FROM contact_policy WHERE id = 1');
  if (!row) return base;
  const stored = JSON.parse(row.policy) as Record<string, unknown>;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(stored)) {
    const field = ContactPolicySchema.shape[key as keyof ContactPolicy];
    if (field?.safeParse(value).success) merged[key] = value;
  }
  return merged as unknown as ContactPolicy;
}

export function writePolicy(db: Writer, policy: ContactPolicy): void {
  db.run('INSERT INTO contact_policy (id, policy) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET policy = excluded.policy', [JSON.stringify(policy)]);
}
