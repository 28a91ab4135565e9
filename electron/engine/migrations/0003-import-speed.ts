import type { Migration } from './types';

/**
 * Each purchase remembers the import that booked it ('' when typed by hand). Undoing an import deletes its
 * purchases by this column; before, every booked purchase also wrote a row to import_changes, which doubled
 * the writes of a million-row orders file. No index: undo is rare and one scan of the table is quick, while
 * an index would cost every import. Earlier 'purchase' rows in import_changes stay valid for undo.
 *
 * customers_last_name goes: no query uses it (the grid sorts by lower(last_name)), and every customer written
 * paid for it.
 *
 * customers_successor comes: successor_id references customers with ON DELETE SET NULL, so deleting a customer
 * looks for customers naming it as successor; without an index that is a scan of the whole book per deleted
 * customer, and undoing a 10,000-customer import took 10 s (3,000 deletes from 10,000: 5.3 s before, 77 ms after).
 */
export const importSpeed: Migration = {
  version: 3,
  name: '0003-import-speed',
  up: `
    ALTER TABLE purchases ADD COLUMN import_id TEXT NOT NULL DEFAULT '';
    DROP INDEX customers_last_name;
    CREATE INDEX customers_successor ON customers (successor_id) WHERE successor_id IS NOT NULL;
  `,
};
