import type { Migration } from './types';

/**
 * The customer book: customers (people or companies), their consent per channel, purchases, touchpoints and
 * feedback, plus tombstones of erased people. Ids are UUIDs decided before journaling, so they survive merges
 * and imports. Money is stored in minor units (øre, haléř, cent) with its currency, never as floating point.
 * The *_key columns hold normalised values for finding duplicates (lower-case email, E.164 phone, name
 * without case or diacritics); they are written by the engine, never typed by people.
 */
export const customerBook: Migration = {
  version: 2,
  name: '0002-customer-book',
  up: `
    CREATE TABLE customers (
      id             TEXT PRIMARY KEY,
      kind           TEXT NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'company')),
      first_name     TEXT NOT NULL DEFAULT '',
      last_name      TEXT NOT NULL DEFAULT '',
      company        TEXT NOT NULL DEFAULT '',
      role           TEXT NOT NULL DEFAULT '',
      email          TEXT NOT NULL DEFAULT '',
      phone          TEXT NOT NULL DEFAULT '',
      street         TEXT NOT NULL DEFAULT '',
      postal_code    TEXT NOT NULL DEFAULT '',
      city           TEXT NOT NULL DEFAULT '',
      region         TEXT NOT NULL DEFAULT '',
      country        TEXT NOT NULL DEFAULT '' CHECK (country = '' OR length(country) = 2),
      language       TEXT NOT NULL DEFAULT '',
      birthday       TEXT NOT NULL DEFAULT '' CHECK (birthday = '' OR birthday GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' OR birthday GLOB '--[0-9][0-9]-[0-9][0-9]'),
      customer_since TEXT NOT NULL DEFAULT '',
      source         TEXT NOT NULL DEFAULT '',
      referred_by    TEXT REFERENCES customers (id) ON DELETE SET NULL,
      notes          TEXT NOT NULL DEFAULT '',
      do_not_contact INTEGER NOT NULL DEFAULT 0 CHECK (do_not_contact IN (0, 1)),
      left_company_at TEXT NOT NULL DEFAULT '',
      successor_id   TEXT REFERENCES customers (id) ON DELETE SET NULL,
      email_key      TEXT NOT NULL DEFAULT '',
      phone_key      TEXT NOT NULL DEFAULT '',
      name_key       TEXT NOT NULL DEFAULT '',
      display_key    TEXT NOT NULL DEFAULT '', -- the name as shown, folded: the grid's default order
      created_at     TEXT NOT NULL,
      updated_at     TEXT NOT NULL
    ) STRICT;
    CREATE INDEX customers_email_key ON customers (email_key) WHERE email_key <> '';
    CREATE INDEX customers_phone_key ON customers (phone_key) WHERE phone_key <> '';
    CREATE INDEX customers_name_key ON customers (name_key) WHERE name_key <> '';
    CREATE INDEX customers_referred_by ON customers (referred_by) WHERE referred_by IS NOT NULL;
    CREATE INDEX customers_last_name ON customers (last_name, first_name);
    CREATE INDEX customers_display_key ON customers (display_key, id);

    CREATE TABLE customer_tags (
      customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
      tag         TEXT NOT NULL CHECK (length(tag) BETWEEN 1 AND 60),
      PRIMARY KEY (customer_id, tag)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX customer_tags_tag ON customer_tags (tag);

    CREATE TABLE consents (
      customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
      channel     TEXT NOT NULL CHECK (channel IN ('email', 'post', 'phone', 'sms')),
      status      TEXT NOT NULL CHECK (status IN ('granted', 'withdrawn')),
      at          TEXT NOT NULL,
      source      TEXT NOT NULL DEFAULT '',
      evidence    TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (customer_id, channel)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE purchases (
      id           TEXT PRIMARY KEY,
      customer_id  TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
      date         TEXT NOT NULL,
      amount_minor INTEGER NOT NULL,
      currency     TEXT NOT NULL CHECK (length(currency) = 3),
      product      TEXT NOT NULL DEFAULT '',
      category     TEXT NOT NULL DEFAULT '',
      channel      TEXT NOT NULL DEFAULT '',
      order_ref    TEXT NOT NULL DEFAULT '',
      created_at   TEXT NOT NULL
    ) STRICT;
    CREATE INDEX purchases_customer_date ON purchases (customer_id, date, amount_minor); -- covers the facts

    CREATE TABLE touchpoints (
      id          TEXT PRIMARY KEY,
      customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
      date        TEXT NOT NULL,
      channel     TEXT NOT NULL CHECK (channel IN ('email', 'phone', 'visit', 'letter', 'gift', 'event', 'social')),
      department  TEXT NOT NULL CHECK (department IN ('sales', 'after-sales', 'support', 'accounting')),
      direction   TEXT NOT NULL CHECK (direction IN ('inbound', 'outbound')),
      summary     TEXT NOT NULL DEFAULT '',
      outcome     TEXT NOT NULL DEFAULT '',
      created_at  TEXT NOT NULL
    ) STRICT;
    CREATE INDEX touchpoints_customer_date ON touchpoints (customer_id, date);

    CREATE TABLE feedback (
      id           TEXT PRIMARY KEY,
      customer_id  TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
      date         TEXT NOT NULL,
      nps          INTEGER CHECK (nps IS NULL OR nps BETWEEN 0 AND 10),
      satisfaction INTEGER CHECK (satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5),
      comment      TEXT NOT NULL DEFAULT '',
      source       TEXT NOT NULL DEFAULT '',
      created_at   TEXT NOT NULL,
      CHECK (nps IS NOT NULL OR satisfaction IS NOT NULL)
    ) STRICT;
    CREATE INDEX feedback_customer_date ON feedback (customer_id, date);

    -- An erased person leaves only a hash of their email, so a later import does not bring them back.
    CREATE TABLE erased_customers (
      email_hash TEXT PRIMARY KEY,
      erased_at  TEXT NOT NULL
    ) STRICT, WITHOUT ROWID;

    -- Each import, and what it did to each customer, so that it can be undone in one step.
    CREATE TABLE imports (
      id        TEXT PRIMARY KEY,
      file_name TEXT NOT NULL,
      format    TEXT NOT NULL DEFAULT '',
      encoding  TEXT NOT NULL DEFAULT '',
      at        TEXT NOT NULL,
      created   INTEGER NOT NULL DEFAULT 0,
      updated   INTEGER NOT NULL DEFAULT 0,
      merged    INTEGER NOT NULL DEFAULT 0,
      skipped   INTEGER NOT NULL DEFAULT 0,
      failed    INTEGER NOT NULL DEFAULT 0,
      undone_at TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE TABLE import_changes (
      import_id   TEXT NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
      customer_id TEXT NOT NULL,
      action      TEXT NOT NULL CHECK (action IN ('created', 'updated', 'purchase')),
      before      TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX import_changes_import ON import_changes (import_id);

    -- Each merge of two customers, with what it needs to be undone: the merged customer as it was, the kept
    -- one as it was, and which history rows moved.
    CREATE TABLE merges (
      id          TEXT PRIMARY KEY,
      at          TEXT NOT NULL,
      kept_id     TEXT NOT NULL,
      merged_id   TEXT NOT NULL,
      kept_before TEXT NOT NULL,
      merged_row  TEXT NOT NULL,
      moved       TEXT NOT NULL,
      undone_at   TEXT NOT NULL DEFAULT ''
    ) STRICT;

    -- Deleted customers with everything that went with them, so that a delete can be undone exactly.
    CREATE TABLE deletions (
      id        TEXT PRIMARY KEY,
      at        TEXT NOT NULL,
      rows      TEXT NOT NULL,
      undone_at TEXT NOT NULL DEFAULT ''
    ) STRICT;

    -- Facts derived from purchases and referrals, computed by SQLite, never stored.
    CREATE VIEW customer_facts AS
      SELECT c.id AS customer_id,
             p.first_purchase, p.last_purchase,
             coalesce(p.purchase_count, 0) AS purchase_count,
             coalesce(p.total_minor, 0) AS total_minor,
             CASE WHEN p.purchase_count > 0 THEN p.total_minor / p.purchase_count END AS average_minor,
             (SELECT count(*) FROM customers r WHERE r.referred_by = c.id) AS referred_count
        FROM customers c
        LEFT JOIN (SELECT customer_id, min(date) AS first_purchase, max(date) AS last_purchase,
                          count(*) AS purchase_count, sum(amount_minor) AS total_minor
                     FROM purchases GROUP BY customer_id) p ON p.customer_id = c.id;
  `,
};
