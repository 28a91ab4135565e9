import type { Migration } from './types';

/**
 * Programs and campaign plans (issue 11).
 * - business_profile.agency_name: the agency preparing the proposal ('' none), on the proposal's cover.
 * - programs: the designer's programs; rules (the type's own settings), segment/channel/gift lists as JSON.
 *   A deleted program keeps its row with deleted_at set, so delete can be undone; its plans stay, unlinked.
 * - campaigns: plans with their steps as JSON (each step's trigger, channel, template, gift, cost).
 * - touches: what the plans expand into, one row per customer, step and trigger day (the id says which, so a
 *   schedule made twice gives the same rows). Planned ones are replaced when a plan is scheduled again; done ones
 *   keep the touchpoint (and gift log entry) they recorded, so that reopening removes exactly those.
 * - contact_policy: the one policy every plan is scheduled under (a JSON document, one row).
 */
export const programs: Migration = {
  version: 9,
  name: '0009-programs',
  up: `
    ALTER TABLE business_profile ADD COLUMN agency_name TEXT NOT NULL DEFAULT '';

    CREATE TABLE programs (
      id             TEXT PRIMARY KEY,
      name           TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
      description    TEXT NOT NULL DEFAULT '',
      type           TEXT NOT NULL,
      status         TEXT NOT NULL CHECK (status IN ('draft', 'active', 'ended')),
      rules          TEXT NOT NULL CHECK (json_valid(rules)),
      segment_ids    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(segment_ids)),
      channels       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(channels)),
      gift_ids       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(gift_ids)),
      benefits       TEXT NOT NULL DEFAULT '',
      budget_minor   INTEGER NOT NULL DEFAULT 0 CHECK (budget_minor >= 0),
      start_date     TEXT NOT NULL DEFAULT '',
      end_date       TEXT NOT NULL DEFAULT '',
      recommendation TEXT NOT NULL DEFAULT '',
      created_at     TEXT NOT NULL,
      updated_at     TEXT NOT NULL,
      deleted_at     TEXT NOT NULL DEFAULT ''
    ) STRICT;

    CREATE TABLE campaigns (
      id                 TEXT PRIMARY KEY,
      name               TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
      description        TEXT NOT NULL DEFAULT '',
      program_id         TEXT,
      status             TEXT NOT NULL CHECK (status IN ('draft', 'active', 'ended')),
      segment_ids        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(segment_ids)),
      steps              TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(steps)),
      start_date         TEXT NOT NULL,
      end_date           TEXT NOT NULL,
      business_days_only INTEGER NOT NULL DEFAULT 1 CHECK (business_days_only IN (0, 1)),
      budget_minor       INTEGER NOT NULL DEFAULT 0 CHECK (budget_minor >= 0),
      created_at         TEXT NOT NULL,
      updated_at         TEXT NOT NULL,
      deleted_at         TEXT NOT NULL DEFAULT ''
    ) STRICT;

    CREATE TABLE touches (
      id            TEXT PRIMARY KEY,
      campaign_id   TEXT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
      step_id       TEXT NOT NULL,
      customer_id   TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
      channel       TEXT NOT NULL,
      trigger_date  TEXT NOT NULL,
      date          TEXT NOT NULL,
      status        TEXT NOT NULL CHECK (status IN ('planned', 'done', 'skipped')),
      note          TEXT NOT NULL DEFAULT '',
      cost_minor    INTEGER NOT NULL DEFAULT 0,
      touchpoint_id TEXT NOT NULL DEFAULT '',
      given_id      TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX touches_date ON touches (date, status);
    CREATE INDEX touches_customer ON touches (customer_id, date);
    CREATE INDEX touches_campaign ON touches (campaign_id, status, date);

    CREATE TABLE contact_policy (
      id     INTEGER PRIMARY KEY CHECK (id = 1),
      policy TEXT NOT NULL CHECK (json_valid(policy))
    ) STRICT;
  `,
};
