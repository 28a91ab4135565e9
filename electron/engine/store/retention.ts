import type { Reader } from '../database';

/**
 * Retention over a period: of the customers who bought in the previous period of the same length (the days
 * just before `from`), how many bought again in `from`–`to`. Dates 'YYYY-MM-DD', both ends included.
 */
export function periodRetention(db: Reader, from: string, to: string): { previousBuyers: number; retainedBuyers: number } {
  const row = db.get<{ previous: number; retained: number }>(
    `WITH bounds AS (
       SELECT date(:from, '-' || CAST(julianday(:to) - julianday(:from) + 1 AS INTEGER) || ' days') AS prev_from,
              date(:from, '-1 day') AS prev_to),
     previous AS (SELECT DISTINCT customer_id FROM purchases, bounds WHERE date >= bounds.prev_from AND date <= bounds.prev_to)
     SELECT (SELECT count(*) FROM previous) AS previous,
            (SELECT count(*) FROM previous pr
              WHERE EXISTS (SELECT 1 FROM purchases p WHERE p.customer_id = pr.customer_id AND p.date >= :from AND p.date <= :to)) AS retained`,
    { ':from': from, ':to': to },
  );
  return { previousBuyers: row?.previous ?? 0, retainedBuyers: row?.retained ?? 0 };
}
