import type { Migration } from './types';

/**
 * Money across currencies. Every total, average and sort is in the business currency, converted with rates kept
 * in the workspace.
 *
 * - exchange_rates: one row per currency, `per_eur` = how many units of it one euro buys, as a decimal string
 *   (exact, readable in sqlite3), with the date the rate is "as of". Kept against the euro, not the business
 *   currency, so a change of the business currency in Settings leaves every rate right (shared/logic/money.ts).
 *   Seeded with reference rates as of 2 January 2025, editable in Settings; Rapport never fetches rates.
 * - exchange_factors: the factor from each currency's minor units to the business currency's; the business
 *   currency always converts at 1, even without a rate. A currency missing here has no rate.
 * - customer_spending: each customer's purchases per currency, with the sum converted once and rounded halves
 *   away from zero (NULL without a rate: never summed as if it were the business currency).
 * - customer_facts (replaced): totals and averages from the converted sums only, and the currencies left out.
 * - purchases_customer_date (replaced) also covers the currency, so the facts still read only the index.
 */
export const exchangeRates: Migration = {
  version: 4,
  name: '0004-exchange-rates',
  up: `
    CREATE TABLE exchange_rates (
      currency TEXT PRIMARY KEY CHECK (currency GLOB '[A-Z][A-Z][A-Z]'),
      per_eur  TEXT NOT NULL CHECK (per_eur GLOB '[0-9]*' AND per_eur NOT GLOB '*[^0-9.]*' AND CAST(per_eur AS REAL) > 0),
      as_of    TEXT NOT NULL CHECK (as_of GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
    ) STRICT, WITHOUT ROWID;

    INSERT INTO exchange_rates (currency, per_eur, as_of) VALUES
      ('EUR', '1', '2025-01-02'),
      ('DKK', '7.4584', '2025-01-02'),
      ('NOK', '11.795', '2025-01-02'),
      ('SEK', '11.4935', '2025-01-02'),
      ('CZK', '25.192', '2025-01-02'),
      ('PLN', '4.2695', '2025-01-02'),
      ('HUF', '412.73', '2025-01-02'),
      ('RON', '4.9743', '2025-01-02'),
      ('BGN', '1.9558', '2025-01-02'),
      ('ISK', '144.1', '2025-01-02'),
      ('CHF', '0.9395', '2025-01-02'),
      ('GBP', '0.82995', '2025-01-02'),
      ('USD', '1.0334', '2025-01-02'),
      ('CAD', '1.4877', '2025-01-02'),
      ('AUD', '1.6637', '2025-01-02');

    CREATE VIEW exchange_factors AS
      SELECT r.currency, CAST(b.per_eur AS REAL) / CAST(r.per_eur AS REAL) AS factor
        FROM business_profile p
        JOIN exchange_rates b ON b.currency = p.currency
        JOIN exchange_rates r
      UNION ALL
      SELECT p.currency, 1.0 FROM business_profile p WHERE p.currency NOT IN (SELECT currency FROM exchange_rates);

    DROP INDEX purchases_customer_date;
    CREATE INDEX purchases_customer_date ON purchases (customer_id, currency, date, amount_minor);

    CREATE VIEW customer_spending AS
      SELECT s.customer_id, s.currency, s.first_purchase, s.last_purchase, s.purchase_count, s.total_minor,
             CAST(round(s.total_minor * x.factor) AS INTEGER) AS converted_minor
        FROM (SELECT customer_id, currency, min(date) AS first_purchase, max(date) AS last_purchase,
                     count(*) AS purchase_count, sum(amount_minor) AS total_minor
                FROM purchases GROUP BY customer_id, currency) s
        LEFT JOIN exchange_factors x ON x.currency = s.currency;

    DROP VIEW customer_facts;
    CREATE VIEW customer_facts AS
      SELECT c.id AS customer_id,
             p.first_purchase, p.last_purchase,
             coalesce(p.purchase_count, 0) AS purchase_count,
             coalesce(p.total_minor, 0) AS total_minor,
             CASE WHEN p.converted_count > 0 THEN p.total_minor / p.converted_count END AS average_minor,
             p.unconverted_currencies,
             (SELECT count(*) FROM customers r WHERE r.referred_by = c.id) AS referred_count
        FROM customers c
        LEFT JOIN (SELECT customer_id, min(first_purchase) AS first_purchase, max(last_purchase) AS last_purchase,
                          sum(purchase_count) AS purchase_count, sum(converted_minor) AS total_minor,
                          sum(CASE WHEN converted_minor IS NOT NULL THEN purchase_count END) AS converted_count,
                          group_concat(CASE WHEN converted_minor IS NULL THEN currency END, ',') AS unconverted_currencies
                     FROM customer_spending GROUP BY customer_id) p ON p.customer_id = c.id;
  `,
};
