import { displayName } from '../../../shared/domain/customer';
import { sortKey } from '../../../shared/logic/collation';
import type { Reader, Writer } from '../database';

/**
 * The grid's name order (customers.display_key, indexed) follows the business language's alphabet: sortKey()
 * per customer, written with the customer, and written again for everyone when the business language changes.
 */

// the language is asked for on every customer written (a 100,000-row import): kept per database
const languages = new WeakMap<object, string>();

export function nameOrderLanguage(db: Reader): string {
  let language = languages.get(db);
  if (language === undefined) {
    language = db.get<{ language: string }>('SELECT language FROM business_profile WHERE id = 1')?.language ?? '';
    languages.set(db, language);
  }
  return language;
}

/** The display key of one customer: their name as shown, as the business language sorts it. */
export function displayKey(fields: Parameters<typeof displayName>[0], language: string): string {
  return sortKey(displayName(fields), language);
}

/** Writes every customer's display key again for a new business language (part of the profile change). */
export function rekeyNames(db: Writer, language: string): number {
  languages.set(db, language);
  db.run("INSERT INTO rapport_meta (key, value) VALUES ('name_order_language', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [language]);
  let changed = 0;
  const rows = db.all<{ id: string; first_name: string; last_name: string; company: string; email: string; display_key: string }>(
    'SELECT id, first_name, last_name, company, email, display_key FROM customers',
  );
  for (const row of rows) {
    const key = displayKey({ firstName: row.first_name, lastName: row.last_name, company: row.company, email: row.email }, language);
    if (key === row.display_key) continue;
    db.run('UPDATE customers SET display_key = ? WHERE id = ?', [key, row.id]);
    changed += 1;
  }
  return changed;
}

/**
 * Re-keys the names when the keys on file were written for another language, or before names followed the
 * business language at all (files from earlier versions hold plain folded keys: `name_order_language` is missing).
 * Run once when a workspace opens; a no-op (one read) when the keys are current.
 */
export function rekeyNamesIfStale(db: Writer): number {
  const language = db.get<{ language: string }>('SELECT language FROM business_profile WHERE id = 1')?.language;
  if (language === undefined) return 0;
  const keyedFor = db.get<{ value: string }>("SELECT value FROM rapport_meta WHERE key = 'name_order_language'")?.value;
  return keyedFor === language ? 0 : rekeyNames(db, language);
}
