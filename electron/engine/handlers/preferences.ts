import { RapportFailure } from '../../../shared/contract/result';
import { MAX_PREFERENCE_CHARS, type PreferenceKey, parseStoredPreference } from '../../../shared/domain/preferences';
import type { EngineHandler } from './types';

/** A preference of the open workspace; null when it was never set (or no longer fits its schema). */
const getPreference: EngineHandler<'preferences.get'> = ({ db }, { key }) => {
  const row = db.get<{ value: string }>('SELECT value FROM preferences WHERE key = ?', [key]);
  return row ? parseStoredPreference(key as PreferenceKey, row.value) : null;
};

/** Stores a preference (the router has checked the key, the value's shape and size). */
const setPreference: EngineHandler<'preferences.set'> = ({ db, now }, { key, value }) => {
  const json = JSON.stringify(value);
  if (json.length > MAX_PREFERENCE_CHARS) throw new RapportFailure('invalid-request', 'That preference is too large to keep.');
  db.run(
    'INSERT INTO preferences (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
    [key, json, now().toISOString()],
  );
  return null;
};

export const preferenceHandlers = {
  'preferences.get': getPreference,
  'preferences.set': setPreference,
};
