import type { PersonalTouchpoint } from '../../../shared/domain/privacy';
import type { Reader, Writer } from '../database';
import { BatchInsert } from './batch-insert';

/** Touchpoints (table touchpoints): what only touchpoints need besides the timeline's entries (timeline.ts). */

/** One person's touchpoints as their personal-data export shows them. */
export function personalTouchpoints(db: Reader, customerId: string): PersonalTouchpoint[] {
  return db.all<PersonalTouchpoint>('SELECT date, channel AS medium, department, direction, summary, outcome FROM touchpoints WHERE customer_id = ? ORDER BY date', [customerId]);
}

/** Touchpoints on the event medium recorded since `since` (ISO) whose summary is `summary` or starts with `prefix`. */
export function countEventTouchpoints(db: Reader, since: string, summary: string, prefix: string): number {
  return (
    db.get<{ n: number }>("SELECT count(*) AS n FROM touchpoints WHERE channel = 'event' AND created_at >= ? AND (summary = ? OR substr(summary, 1, ?) = ?)", [
      since,
      summary,
      prefix.length,
      prefix,
    ])?.n ?? 0
  );
}

/** Many touchpoints at a time (the demo's): rows of [id, customer id, date, channel, department, direction, summary, outcome, created at]. */
export function touchpointBatch(db: Writer): BatchInsert {
  return new BatchInsert(db, 'touchpoints', ['id', 'customer_id', 'date', 'channel', 'department', 'direction', 'summary', 'outcome', 'created_at']);
}
