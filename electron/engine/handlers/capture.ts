import { EMPTY_CUSTOMER } from '../../../shared/domain/customer';
import type { CustomerMatch } from '../../../shared/domain/capture';
import { displayName } from '../../../shared/domain/customer';
import { emailKey, nameKey, phoneKey } from '../../../shared/logic/match-keys';
import type { Reader } from '../database';
import { insertCustomer, readCustomer } from './customers';
import { readProfile } from './profile';
import { insertEntry } from './timeline';
import type { EngineHandler } from './types';

const MAX_MATCHES = 5;

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

const matches: EngineHandler<'customers.findMatches'> = ({ db }, query) => findMatches(db, query, readProfile(db).country);

const save: EngineHandler<'capture.save'> = ({ db, now, newId }, lead) => {
  const at = now();
  const id = newId();
  const notes = [lead.interest && `Interest: ${lead.interest}`, lead.notes].filter(Boolean).join('\n');
  insertCustomer(
    db,
    id,
    {
      ...EMPTY_CUSTOMER,
      kind: lead.firstName || lead.lastName ? 'person' : 'company',
      firstName: lead.firstName,
      lastName: lead.lastName,
      company: lead.company,
      email: lead.email,
      phone: lead.phone,
      source: lead.event,
      customerSince: at.toISOString().slice(0, 10),
      notes,
      tags: ['lead'],
    },
    at,
    readProfile(db).country,
  );
  if (lead.consent) {
    db.run("INSERT INTO consents (customer_id, channel, status, at, source, evidence) VALUES (?, 'email', 'granted', ?, ?, ?)", [
      id,
      at.toISOString(),
      lead.event,
      `Consent box ticked on the capture form at ${lead.event}, ${at.toISOString()}`,
    ]);
  }
  insertEntry(
    db,
    newId(),
    id,
    {
      kind: 'touchpoint',
      date: at.toISOString().slice(0, 10),
      channel: 'event',
      department: 'sales',
      direction: 'inbound',
      summary: `Met at ${lead.event}${lead.interest ? ` — interested in ${lead.interest}` : ''}`,
      outcome: '',
    },
    at,
  );
  return readCustomer(db, id, at);
};

const count: EngineHandler<'capture.count'> = ({ db }, { event, since }) => ({
  count: db.get<{ n: number }>('SELECT count(*) AS n FROM customers WHERE source = ? AND created_at >= ?', [event, new Date(since).toISOString()])?.n ?? 0,
});

export const captureHandlers = {
  'customers.findMatches': matches,
  'capture.save': save,
  'capture.count': count,
};
