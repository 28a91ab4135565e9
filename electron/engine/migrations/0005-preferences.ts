import type { Migration } from './types';

/**
 * UI preferences kept in the workspace file (grid columns, remembered import mappings, the trade-fair event),
 * so they survive restarts and travel with the file; before, they lived in browser storage keyed by the
 * browser host's random port and vanished at every restart. Keys and value shapes are checked at the boundary
 * (shared/domain/preferences.ts); the table refuses anything that is not short JSON as well.
 */
export const preferences: Migration = {
  version: 5,
  name: '0005-preferences',
  up: `
    CREATE TABLE preferences (
      key        TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 100),
      value      TEXT NOT NULL CHECK (json_valid(value) AND length(value) <= 65536),
      updated_at TEXT NOT NULL
    ) STRICT, WITHOUT ROWID;
  `,
};
