import type { CustomerMatch } from '../../../shared/domain/capture';
import { displayName } from '../../../shared/domain/customer';
import type { DuplicateGroup } from '../../../shared/domain/merge';
import { emailKey, nameKey, phoneKey } from '../../../shared/logic/match-keys';
import type { Reader } from '../database';

/** Customers who may be the same person: by their match keys (email_key, phone_key, name_key; indexed). */

const MAX_MATCHES = 5;
const MAX_GROUPS = 500;

/** Likely duplicates by normalised email, phone (E.164) and folded name + company, strongest reason first. */
export function findMatches(
  db: Reader,
  query: { email: string; phone: string; firstName: string; lastName: string; company: string },
  businessCountry: string,
): CustomerMatch[] {
  const probes: Array<[CustomerMatch['reason'], string, string]> = [
    ['email', 'email_key', emailKey(query.email)],
    ['phone', 'phone_key', phoneKey(query.phone, businessCountry)],
    // a name alone (no company) still matches people typed without a company
    ['name', 'name_key', query.firstName || query.lastName ? nameKey(query.firstName, query.lastName, query.company) : ''],
  ];
  const found = new Map<string, CustomerMatch>();
  for (const [reason, column, key] of probes) {
    if (!key || key === '|') continue;
    const rows = db.all<{ id: string; first_name: string; last_name: string; company: string; email: string }>(
      // "<> ''" lets SQLite use the partial index on the key (without it, every lookup scans all customers)
      `SELECT id, first_name, last_name, company, email FROM customers WHERE ${column} = ? AND ${column} <> '' LIMIT ${MAX_MATCHES}`,
      [key],
    );
    for (const row of rows) {
      if (found.has(row.id)) continue;
      found.set(row.id, {
        id: row.id,
        displayName: displayName({ firstName: row.first_name, lastName: row.last_name, company: row.company, email: row.email }),
        company: row.company,
        email: row.email,
        reason,
      });
    }
  }
  return [...found.values()].slice(0, MAX_MATCHES);
}

/** Groups of customers that share a normalised email, phone number or name (and company). */
export function findDuplicateGroups(db: Reader): DuplicateGroup[] {
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
}

/** The match-key columns, each indexed (partial index on non-empty keys). */
export type MatchKeyColumn = 'email_key' | 'phone_key' | 'name_key';

/**
 * Every customer whose `column` is one of `keys`, in one query however many keys (an import's whole file):
 * grouped by key, earliest customer first, so the first row of a key is the one an import matches.
 */
export function customersWithKeys(db: Reader, column: MatchKeyColumn, keys: readonly string[]): Array<{ key: string; match: Omit<CustomerMatch, 'reason'> }> {
  const rows = db.all<{ id: string; key: string; first_name: string; last_name: string; company: string; email: string }>(
    // "<> ''" lets SQLite use the partial index on the key
    `SELECT c.id, c.${column} AS key, c.first_name, c.last_name, c.company, c.email
       FROM json_each(:keys) AS k JOIN customers AS c ON c.${column} = k.value AND c.${column} <> ''
      ORDER BY c.${column}, c.rowid`,
    { ':keys': JSON.stringify(keys) },
  );
  return rows.map((row) => ({
    key: row.key,
    match: {
      id: row.id,
      displayName: displayName({ firstName: row.first_name, lastName: row.last_name, company: row.company, email: row.email }),
      company: row.company,
      email: row.email,
    },
  }));
}
