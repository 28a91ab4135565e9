import type { Migration } from './types';

/**
 * The import history (Import → History) keeps every import undoable until later edits make it unsafe. To tell
 * "later" exactly, an import records when it finished (every customer it wrote has an updated_at no later than
 * that; anything later was someone else), what kind of file it was, and a digest of the purchases it booked
 * (their count, amounts, dates and text), so that a purchase changed or deleted since is noticed. Imports made
 * before this version have none of these: their start time stands in for the finish.
 */
export const importHistory: Migration = {
  version: 6,
  name: '0006-import-history',
  up: `
    ALTER TABLE imports ADD COLUMN kind TEXT NOT NULL DEFAULT '' CHECK (kind IN ('', 'customers', 'purchases'));
    ALTER TABLE imports ADD COLUMN finished_at TEXT NOT NULL DEFAULT '';
    ALTER TABLE imports ADD COLUMN purchases_digest TEXT NOT NULL DEFAULT '';
  `,
};
