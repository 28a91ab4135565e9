import type { Migration } from './types';

/**
 * Templates, gifts and documents (issue 10).
 * - customers.salutation: how a letter greets the person ("Vážená paní Nováková"); empty: the template decides.
 * - business_profile letterhead: sender_address, signature, logo (a data URL, empty: none), brand_colour, paper_size.
 * - templates + template_versions: one text per language; a starter keeps its key and the original text
 *   (starter_original, JSON of its versions) so "unchanged" and "reset" can be told without the library at hand.
 *   A deleted template keeps its row with deleted_at set, so that delete can be undone.
 * - gifts: the catalogue (occasions, RFM groups, segment ids as JSON lists; stock NULL = not counted).
 * - given_gifts: the gift log; each row has its touchpoint (medium 'gift'), removed together.
 * - sent_batches: the touchpoints one documents.confirmSent logged, so that undoSent removes exactly those.
 */
export const writing: Migration = {
  version: 8,
  name: '0008-writing',
  up: `
    ALTER TABLE customers ADD COLUMN salutation TEXT NOT NULL DEFAULT '';

    ALTER TABLE business_profile ADD COLUMN sender_address TEXT NOT NULL DEFAULT '';
    ALTER TABLE business_profile ADD COLUMN signature TEXT NOT NULL DEFAULT '';
    ALTER TABLE business_profile ADD COLUMN logo TEXT NOT NULL DEFAULT '';
    ALTER TABLE business_profile ADD COLUMN brand_colour TEXT NOT NULL DEFAULT '#1F4E79';
    ALTER TABLE business_profile ADD COLUMN paper_size TEXT NOT NULL DEFAULT 'A4' CHECK (paper_size IN ('A4', 'Letter'));

    CREATE TABLE templates (
      id               TEXT PRIMARY KEY,
      name             TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
      kind             TEXT NOT NULL,
      occasion         TEXT NOT NULL DEFAULT '',
      starter_key      TEXT NOT NULL DEFAULT '',
      starter_original TEXT NOT NULL DEFAULT '' CHECK (starter_original = '' OR json_valid(starter_original)),
      created_at       TEXT NOT NULL,
      updated_at       TEXT NOT NULL,
      deleted_at       TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX templates_starter ON templates (starter_key) WHERE starter_key <> '';

    CREATE TABLE template_versions (
      template_id TEXT NOT NULL REFERENCES templates (id) ON DELETE CASCADE,
      language    TEXT NOT NULL,
      subject     TEXT NOT NULL DEFAULT '',
      body        TEXT NOT NULL,
      PRIMARY KEY (template_id, language)
    ) STRICT;

    CREATE TABLE gifts (
      id              TEXT PRIMARY KEY,
      name            TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
      description     TEXT NOT NULL DEFAULT '',
      unit_cost_minor INTEGER NOT NULL DEFAULT 0 CHECK (unit_cost_minor >= 0),
      supplier        TEXT NOT NULL DEFAULT '',
      occasions       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(occasions)),
      rfm_groups      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(rfm_groups)),
      segment_ids     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(segment_ids)),
      stock           INTEGER CHECK (stock IS NULL OR stock >= 0),
      created_at      TEXT NOT NULL,
      updated_at      TEXT NOT NULL,
      deleted_at      TEXT NOT NULL DEFAULT ''
    ) STRICT;

    CREATE TABLE given_gifts (
      id            TEXT PRIMARY KEY,
      customer_id   TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
      gift_id       TEXT NOT NULL REFERENCES gifts (id),
      date          TEXT NOT NULL,
      occasion      TEXT NOT NULL DEFAULT '',
      cost_minor    INTEGER NOT NULL DEFAULT 0 CHECK (cost_minor >= 0),
      note          TEXT NOT NULL DEFAULT '',
      reaction      TEXT NOT NULL DEFAULT '',
      touchpoint_id TEXT NOT NULL DEFAULT '',
      created_at    TEXT NOT NULL
    ) STRICT;
    CREATE INDEX given_gifts_customer ON given_gifts (customer_id, date);
    CREATE INDEX given_gifts_gift ON given_gifts (gift_id);

    CREATE TABLE sent_batches (
      batch_id      TEXT NOT NULL,
      touchpoint_id TEXT NOT NULL,
      PRIMARY KEY (batch_id, touchpoint_id)
    ) STRICT;
  `,
};
