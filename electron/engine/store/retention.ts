import type { Reader } from '../database';
import type { SqlFragment } from './customer-query';

/**
 * Retention over a period: of the customers who bought in the previous period of the same length (the days
 * just before `from`), how many bought again in `from`–`to`. Dates 'YYYY-MM-DD', both ends included.
 * `periodRetentionQuery` gives the statement as text and parameters (the bench runs the same in the sqlite3 tool).
 */
export function periodRetentionQuery(from: string, to: string): SqlFragment {
  return {
    sql: `WITH bounds AS (
       SELECT date(:from, '-' || CAST(julianday(:to) - julianday(:from) + 1 AS INTEGER) || ' days') AS prev_from,
              date(:from, '-1 day') AS prev_to),
     previous AS (SELECT DISTINCT customer_id FROM purchases, bounds WHERE date >= bounds.prev_from AND date <= bounds.prev_to)
     SELECT (SELECT count(*) FROM previous) AS previous,
            (SELECT count(*) FROM previous pr
              WHERE EXISTS (SELECT 1 FROM purchases p WHERE p.customer_id = pr.customer_id AND p.date >= :from AND p.date <= :to)) AS retained`,
    params: { ':from': from, ':to': to },
  };
}

export function periodRetention(db: Reader, from: string, to: string): { previousBuyers: number; retainedBuyers: number } {
  const query = periodRetentionQuery(from, to);
  const row = db.get<{ previous: number; retained: number }>(query.sql, query.params);
  return { previousBuyers: row?.previous ?? 0, retainedBuyers: row?.retained ?? 0 };
}
