import type { Migration } from './types';

/**
 * The engine's own tables and the business profile.
 * - rapport_meta: facts about the file (workspace id, the journal sequence the snapshot includes).
 * - change_log: one row per acknowledged mutation; the base for undo and an activity history.
 * - business_profile: exactly one row.
 */
export const foundation: Migration = {
  version: 1,
  name: '0001-foundation',
  up: `
    CREATE TABLE rapport_meta (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE change_log (
      seq     INTEGER PRIMARY KEY,
      at      TEXT NOT NULL,
      channel TEXT NOT NULL
    ) STRICT;

    CREATE TABLE business_profile (
      id       INTEGER PRIMARY KEY CHECK (id = 1),
      name     TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
      kind     TEXT NOT NULL CHECK (kind IN ('b2b', 'b2c', 'both')),
      industry TEXT NOT NULL DEFAULT '',
      country  TEXT NOT NULL CHECK (length(country) = 2),
      currency TEXT NOT NULL CHECK (length(currency) = 3),
      language TEXT NOT NULL CHECK (language IN ('en', 'da', 'nb', 'cs', 'sl')),
      updated_at TEXT NOT NULL
    ) STRICT;
  `,
};
