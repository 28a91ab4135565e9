import type { Reader, Writer } from '../database';

/** Exchange rates (table exchange_rates, migration 0004): what one euro buys of each currency, and since when. */

export function perEurRates(db: Reader): Map<string, { perEur: string; asOf: string }> {
  const rows = db.all<{ currency: string; per_eur: string; as_of: string }>('SELECT currency, per_eur, as_of FROM exchange_rates ORDER BY currency');
  return new Map(rows.map((row) => [row.currency, { perEur: row.per_eur, asOf: row.as_of }]));
}

export function writePerEurRate(db: Writer, currency: string, perEur: string, asOf: string): void {
  db.run('INSERT INTO exchange_rates (currency, per_eur, as_of) VALUES (?, ?, ?) ON CONFLICT (currency) DO UPDATE SET per_eur = excluded.per_eur, as_of = excluded.as_of', [
    currency,
    perEur,
    asOf,
  ]);
}

/** Answers whether there was a rate to delete. */
export function deletePerEurRate(db: Writer, currency: string): boolean {
  return db.run('DELETE FROM exchange_rates WHERE currency = ?', [currency]).changes > 0;
}

/** The currencies purchases are in that have no rate (exchange_factors lists those that have one). */
export function currenciesWithoutRate(db: Reader): string[] {
  return db
    .all<{ currency: string }>('SELECT DISTINCT currency FROM purchases WHERE currency NOT IN (SELECT currency FROM exchange_factors) ORDER BY currency')
    .map((row) => row.currency);
}
