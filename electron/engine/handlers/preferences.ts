import { RapportFailure } from '../../../shared/contract/result';
import { MAX_PREFERENCE_CHARS, type PreferenceKey, parseStoredPreference } from '../../../shared/domain/preferences';
import { readPreferenceJson, writePreferenceJson } from '../store/preferences';
import type { EngineHandler } from './types';

/** A preference of the open workspace; null when it was never set (or no longer fits its schema). */
const getPreference: EngineHandler<'preferences.get'> = ({ db }, { key }) => {
  const json = readPreferenceJson(db, key);
  return json !== undefined ? parseStoredPreference(key as PreferenceKey, json) : null;
};

/** Stores a preference (the router has checked the key, the value's shape and size). */
const setPreference: EngineHandler<'preferences.set'> = ({ db, now }, { key, value }) => {
  const json = JSON.stringify(value);
  if (json.length > MAX_PREFERENCE_CHARS) throw new RapportFailure('invalid-request', 'That preference is too large to keep.');
  writePreferenceJson(db, key, json, now());
  return null;
};

export const preferenceHandlers = {
  'preferences.get': getPreference,
  'preferences.set': setPreference,
};
