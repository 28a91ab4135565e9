import type { CustomerRfm } from '../../../shared/domain/rfm';
import { QUINTILE_MIN_BUYERS } from '../../../shared/logic/rfm';
import type { Reader } from '../database';
import { rfmParameters } from '../store/rfm';
import { readRfmScores } from '../store/rfm-scores';
import { memorySlot } from './memory';

import type { HandlerContext } from './types';

/**
 * The book's RFM as of a date over all purchases, kept for the open workspace until a change that can move a
 * score (rfmState) or another date is asked for: the grid, the customer page and the attention list read
 * it page after page, and scoring 100,000 buyers each time would cost a query over every purchase.
 */
const BOOK_RFM = memorySlot<BookRfm & { key: string }>('rfm: the book as of a date');

export interface BookRfm {
  scores: ReadonlyMap<string, CustomerRfm>;
  /** What they were computed with (thresholds in force, margin, expected years). */
  params: ReturnType<typeof rfmParameters>;
}

/**
 * Mutations that leave every score as it was: they change no purchase, no exchange rate, no profile (currency,
 * kind, margin), no thresholds and no customer's existence. Editing a name or a tag, saving a preference or a
 * segment, the trade-fair form (a new customer without purchases) keep the scores, so the grid and the customer
 * page do not pay for scoring 100,000 buyers again after every edit (about 5 s on that book). Any channel not
 * named here, including ones added later, makes the scores stale: the safe default.
 */
const KEEPS_SCORES = [
  'preferences.set', 'customers.create', 'customers.update', 'customers.bulkUpdate', 'capture.save', 'customers.nameOrder',
  'segments.create', 'segments.update', 'segments.delete', 'segments.restore', 'segments.freeze', 'segments.readyMade',
  // writing: templates, the gift catalogue and log, letters marked sent (touchpoints move no score)
  'templates.create', 'templates.update', 'templates.delete', 'templates.restore', 'templates.resetStarter', 'templates.addMissingStarters',
  'templates.starters', 'gifts.create', 'gifts.update', 'gifts.delete', 'gifts.restore', 'gifts.give', 'gifts.updateGiven', 'gifts.deleteGiven',
  'documents.confirmSent', 'documents.undoSent',
];

/** The workspace and the last change that can move a score. */
export function rfmState(db: Reader): string {
  const id = db.get<{ value: string }>("SELECT value FROM rapport_meta WHERE key = 'workspace_id'")?.value ?? '';
  const seq = db.get<{ seq: number }>(
    `SELECT seq FROM change_log WHERE channel NOT IN (SELECT value FROM json_each(?)) ORDER BY seq DESC LIMIT 1`,
    [JSON.stringify(KEEPS_SCORES)],
  )?.seq;
  return `${id}:${seq ?? 0}`;
}

/** Today as the engine's clock says, 'YYYY-MM-DD' in UTC. */
export function todayOf(now: () => Date): string {
  return now().toISOString().slice(0, 10);
}

export function bookRfm(ctx: Pick<HandlerContext<Reader>, 'db' | 'memory'>, asOf: string): ReadonlyMap<string, CustomerRfm> {
  return bookRfmWithParameters(ctx, asOf).scores;
}

export function bookRfmWithParameters({ db, memory }: Pick<HandlerContext<Reader>, 'db' | 'memory'>, asOf: string): BookRfm {
  const key = `${rfmState(db)}|${asOf}`;
  const kept = memory.get(BOOK_RFM);
  if (kept?.key === key) return kept;
  const params = rfmParameters(db, { asOf, from: null, to: null });
  const customers = readRfmScores(db, params);
  const method = customers.length >= QUINTILE_MIN_BUYERS ? 'quintiles' : 'thresholds';
  const scores = new Map<string, CustomerRfm>(
    customers.map((c) => [
      c.customerId,
      { r: c.r, f: c.f, m: c.m, group: c.group, method, recencyDays: c.recencyDays, purchases: c.purchases, spent: c.spent, historicValue: c.historicValue, predictedValue: c.predictedValue },
    ]),
  );
  const answer = { key, scores, params };
  memory.set(BOOK_RFM, answer);
  return answer;
}
