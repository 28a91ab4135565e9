import type { Reader, Writer } from '../database';

/** The workspace's preferences (table preferences): a JSON value per key. */

export function readPreferenceJson(db: Reader, key: string): string | undefined {
  return db.get<{ value: string }>('SELECT value FROM preferences WHERE key = ?', [key])?.value;
}

export function writePreferenceJson(db: Writer, key: string, json: string, now: Date): void {
  db.run(
    'INSERT INTO preferences (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
    [key, json, now.toISOString()],
  );
}
