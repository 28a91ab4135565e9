import type { PersonalFeedback } from '../../../shared/domain/privacy';
import type { Reader, Writer } from '../database';
import { BatchInsert } from './batch-insert';

/** Feedback (table feedback): what only feedback needs besides the timeline's entries (timeline.ts). */

/** One person's feedback as their personal-data export shows it. */
export function personalFeedback(db: Reader, customerId: string): PersonalFeedback[] {
  return db.all<PersonalFeedback>('SELECT date, nps, satisfaction, comment, source FROM feedback WHERE customer_id = ? ORDER BY date', [customerId]);
}

/** Many answers at a time (the demo's): rows of [id, customer id, date, nps, satisfaction, comment, source, created at]. */
export function feedbackBatch(db: Writer): BatchInsert {
  return new BatchInsert(db, 'feedback', ['id', 'customer_id', 'date', 'nps', 'satisfaction', 'comment', 'source', 'created_at']);
}
