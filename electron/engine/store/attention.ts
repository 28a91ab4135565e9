import type { Reader } from '../database';

/**
 * The rows behind "Needs attention this week" (handlers/attention.ts ranks them). Dates 'YYYY-MM-DD'; `asOf` is
 * the caller's today. Birthdays and anniversaries are matched on their month and day (the caller gives the
 * 'MM-DD' of the days ahead), so the database is read for those days only.
 */

export interface NamedRow {
  id: string;
  first_name: string;
  last_name: string;
  company: string;
  email: string;
}

const NAME = 'c.id, c.first_name, c.last_name, c.company, c.email';

/** Customers (contact allowed) whose birthday, 'YYYY-MM-DD' or '--MM-DD', falls on one of these 'MM-DD'. */
export function birthdaysOn(db: Reader, monthDays: readonly string[]): Array<NamedRow & { month_day: string }> {
  if (monthDays.length === 0) return [];
  return db.all(
    `SELECT ${NAME}, substr(c.birthday, -5) AS month_day FROM customers c
      WHERE c.birthday != '' AND c.do_not_contact = 0 AND substr(c.birthday, -5) IN (${monthDays.map(() => '?').join(', ')})`,
    [...monthDays],
  );
}

/** Customers (contact allowed) who became customers on one of these 'MM-DD' (any year). */
export function customerSinceOn(db: Reader, monthDays: readonly string[]): Array<NamedRow & { customer_since: string }> {
  if (monthDays.length === 0) return [];
  return db.all(
    `SELECT ${NAME}, c.customer_since FROM customers c
      WHERE c.customer_since != '' AND c.do_not_contact = 0 AND substr(c.customer_since, 6, 5) IN (${monthDays.map(() => '?').join(', ')})`,
    [...monthDays],
  );
}

/** Each customer's last touchpoint on or before `asOf` (customers without one are absent). */
export function lastTouchpoints(db: Reader, asOf: string): Map<string, string> {
  const rows = db.all<{ customer_id: string; last: string }>(
    'SELECT customer_id, max(substr(date, 1, 10)) AS last FROM touchpoints WHERE substr(date, 1, 10) <= ? GROUP BY customer_id',
    [asOf],
  );
  return new Map(rows.map((row) => [row.customer_id, row.last]));
}

/** Customers whose latest NPS answer (on or before `asOf`) is 0–6 and who had no touchpoint after its date. */
export function unansweredDetractors(db: Reader, asOf: string): Array<NamedRow & { score: number; date: string }> {
  return db.all(
    `WITH latest AS (
       SELECT customer_id, nps, substr(date, 1, 10) AS date,
              row_number() OVER (PARTITION BY customer_id ORDER BY date DESC, created_at DESC, id DESC) AS n
         FROM feedback WHERE nps IS NOT NULL AND substr(date, 1, 10) <= :asOf)
     SELECT ${NAME}, l.nps AS score, l.date FROM latest l JOIN customers c ON c.id = l.customer_id
      WHERE l.n = 1 AND l.nps <= 6
        AND NOT EXISTS (SELECT 1 FROM touchpoints t WHERE t.customer_id = l.customer_id AND substr(t.date, 1, 10) > l.date AND substr(t.date, 1, 10) <= :asOf)
      ORDER BY l.date DESC, c.id`,
    { ':asOf': asOf },
  );
}

/** People who left their company (on or before `asOf`) with no successor recorded. */
export function leftWithoutSuccessor(db: Reader, asOf: string): Array<NamedRow & { left_company_at: string }> {
  return db.all(
    `SELECT ${NAME}, c.left_company_at FROM customers c
      WHERE c.left_company_at != '' AND c.successor_id IS NULL AND substr(c.left_company_at, 1, 10) <= ?
      ORDER BY c.left_company_at DESC, c.id`,
    [asOf],
  );
}

/** Names of these customers. */
export function namedCustomers(db: Reader, ids: readonly string[]): Map<string, NamedRow> {
  if (ids.length === 0) return new Map();
  const rows = db.all<NamedRow>(`SELECT ${NAME} FROM customers c WHERE c.id IN (${ids.map(() => '?').join(', ')})`, [...ids]);
  return new Map(rows.map((row) => [row.id, row]));
}
