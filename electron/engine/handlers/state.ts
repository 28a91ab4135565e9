import type { Reader } from '../database';

/**
 * Which state the open workspace is in: its id and journal sequence, which every mutation advances. Answers
 * kept between calls (an import's plan, a list's order) are keyed by it, so a change makes them stale at once.
 */
export function workspaceState(db: Reader): string {
  const rows = db.all<{ key: string; value: string }>("SELECT key, value FROM rapport_meta WHERE key IN ('workspace_id', 'journal_seq') ORDER BY key");
  return rows.map((row) => row.value).join(':');
}
