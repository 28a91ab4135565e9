import type { Migration } from './types';

/**
 * Segments and relationship metrics.
 * - business_profile.gross_margin_percent: what lifetime value counts as profit (default 40 %).
 * - rfm_settings: the RFM thresholds the owner set for a small list (fewer than 50 buyers); no row = the defaults
 *   for the kind of business (shared/logic/rfm.ts).
 * - segments: saved rules as JSON (checked by shared/domain/segment.ts at the boundary, compiled to SQL by the
 *   engine). A deleted segment keeps its row with deleted_at set, so that delete can be undone.
 * - segment_snapshots: members frozen on a date, as a JSON list of customer ids (a customer deleted later stays
 *   listed: the snapshot says who was in it then).
 * The ready-made segments are written where a workspace is created (with the caller's clock), not here.
 */
export const segments: Migration = {
  version: 7,
  name: '0007-segments',
  up: `
    ALTER TABLE business_profile ADD COLUMN gross_margin_percent REAL NOT NULL DEFAULT 40
      CHECK (gross_margin_percent BETWEEN 0 AND 100);

    CREATE TABLE rfm_settings (
      id         INTEGER PRIMARY KEY CHECK (id = 1),
      thresholds TEXT NOT NULL CHECK (json_valid(thresholds)),
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE segments (
      id          TEXT PRIMARY KEY,
      name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
      colour      TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT '',
      rules       TEXT NOT NULL CHECK (json_valid(rules)),
      ready_made  TEXT NOT NULL DEFAULT '',
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL,
      deleted_at  TEXT NOT NULL DEFAULT ''
    ) STRICT;

    CREATE TABLE segment_snapshots (
      id           TEXT PRIMARY KEY,
      segment_id   TEXT NOT NULL REFERENCES segments (id) ON DELETE CASCADE,
      frozen_at    TEXT NOT NULL,
      member_count INTEGER NOT NULL,
      members      TEXT NOT NULL CHECK (json_valid(members))
    ) STRICT;
    CREATE INDEX segment_snapshots_segment ON segment_snapshots (segment_id, frozen_at);
  `,
};
