import { describe, expect, it } from 'vitest';
import { attentionHandlers } from '../../../electron/engine/handlers/attention';
import { metricsHandlers } from '../../../electron/engine/handlers/metrics';
import { rfmHandlers } from '../../../electron/engine/handlers/rfm';
import { bookRfm } from '../../../electron/engine/handlers/rfm-cache';
import { contract } from '../../../shared/contract/channels';
import { addReadyMadeSegmentsOnce, markSegmentDeleted, readSegments } from '../../../electron/engine/store/segments';
import { AS_OF, NOW, PERIOD, SAVED_THRESHOLDS, cid, contextOf, metricsBook } from '../../fixtures/metrics/book';
import { ATTENTION, DEFAULT_THRESHOLDS, RFM_AS_OF_2026_03_01, SEGMENTS, SUMMARY } from '../../fixtures/metrics/expected';

/** The handlers' answers on the hand-made book against tests/fixtures/metrics (WORKING.md, expected.ts). */

const parse = <C extends 'rfm.scores' | 'metrics.summary' | 'attention.list' | 'rfm.saveThresholds'>(channel: C, payload: unknown) => contract[channel].request.parse(payload) as never;

describe('rfm.scores on the hand-made book', () => {
  it('scores every buyer by the saved thresholds (a small list), as worked out by hand', async () => {
    const db = await metricsBook();
    const answer = rfmHandlers['rfm.scores'](contextOf(db), parse('rfm.scores', {}));
    expect(answer).toMatchObject({ method: 'thresholds', thresholds: SAVED_THRESHOLDS, thresholdsSaved: true, asOf: AS_OF, from: null, to: null, currency: 'DKK', unconvertedCurrencies: ['JPY'] });
    expect(answer.customers.map((c) => [c.customerId, c.r, c.f, c.m, c.group, c.recencyDays, c.purchases, c.spent, c.historicValue, c.predictedValue])).toEqual(
      RFM_AS_OF_2026_03_01.map(([n, ...rest]) => [cid(n), ...rest]),
    );
  });

  it('uses the defaults for the kind of business in its currency when nothing is saved', async () => {
    const db = await metricsBook({ thresholds: null });
    const answer = rfmHandlers['rfm.scores'](contextOf(db), parse('rfm.scores', { asOf: AS_OF }));
    expect(answer.thresholds).toEqual(DEFAULT_THRESHOLDS);
    expect(answer.thresholdsSaved).toBe(false);
    const anna = answer.customers.find((c) => c.customerId === cid(1))!;
    const bo = answer.customers.find((c) => c.customerId === cid(2))!;
    expect([anna.r, anna.f, anna.m, anna.group]).toEqual([5, 4, 3, 'champions']);
    expect([bo.r, bo.f, bo.m, bo.group]).toEqual([3, 4, 4, 'loyal']);
  });

  it('counts only the purchases of the window', async () => {
    const db = await metricsBook();
    const answer = rfmHandlers['rfm.scores'](contextOf(db), parse('rfm.scores', { asOf: AS_OF, from: '2025-03-01', to: '2025-12-31' }));
    const anna = answer.customers.find((c) => c.customerId === cid(1))!;
    expect([anna.recencyDays, anna.purchases, anna.spent, anna.r, anna.f, anna.group]).toEqual([76, 3, 3000, 4, 3, 'potentialLoyalists']);
    expect(answer.customers.map((c) => c.customerId)).not.toContain(cid(7)); // bought only in 2023
    expect(answer.customers.map((c) => c.customerId)).not.toContain(cid(4)); // first bought in 2026
  });

  it('saves thresholds, answers those in force, and goes back to the defaults with null', async () => {
    const db = await metricsBook({ thresholds: null });
    const ctx = contextOf(db);
    const mine = { recencyDays: [10, 20, 30, 40], purchases: [2, 4, 6, 8], spent: [100, 200, 300, 400] };
    expect(rfmHandlers['rfm.saveThresholds'](ctx, parse('rfm.saveThresholds', { thresholds: mine }))).toEqual({ thresholds: mine, saved: true });
    expect(rfmHandlers['rfm.scores'](ctx, parse('rfm.scores', {})).thresholds).toEqual(mine);
    expect(rfmHandlers['rfm.saveThresholds'](ctx, parse('rfm.saveThresholds', { thresholds: null }))).toEqual({ thresholds: DEFAULT_THRESHOLDS, saved: false });
  });

  it('keeps the book’s RFM for a date until the workspace changes', async () => {
    const db = await metricsBook();
    const ctx = contextOf(db);
    db.run("INSERT OR REPLACE INTO rapport_meta (key, value) VALUES ('journal_seq', '1')");
    const first = bookRfm(ctx, AS_OF);
    expect(first.get(cid(1))).toMatchObject({ r: 5, f: 5, m: 4, group: 'champions', method: 'thresholds', spent: 6000, historicValue: 2400, predictedValue: 9600 });
    expect(first.has(cid(11))).toBe(false); // no purchases, no scores
    expect(bookRfm(ctx, AS_OF)).toBe(first);
    expect(bookRfm(ctx, '2026-02-28')).not.toBe(first);
    db.run("UPDATE rapport_meta SET value = '2' WHERE key = 'journal_seq'");
    expect(bookRfm(ctx, AS_OF)).not.toBe(first);
  });
});

describe('metrics.summary on the hand-made book', () => {
  it('answers every figure worked out by hand for 2025-03-01 to 2026-02-28', async () => {
    const db = await metricsBook();
    const { clv, ...summary } = metricsHandlers['metrics.summary'](contextOf(db), parse('metrics.summary', PERIOD));
    const { clv: clvExpected, ...expected } = SUMMARY;
    expect(summary).toEqual({ ...expected, ...PERIOD, currency: 'DKK', bySegment: [] });
    expect({ ...clv, purchasesPerYear: Number(clv.purchasesPerYear!.toFixed(7)) }).toEqual(clvExpected);
  });

  it('gives nulls, not zeros divided, for a period with nothing in it', async () => {
    const db = await metricsBook();
    const summary = metricsHandlers['metrics.summary'](contextOf(db), parse('metrics.summary', { from: '2020-01-01', to: '2020-02-15' }));
    expect(summary).toMatchObject({ buyers: 0, revenue: 0, repeatPurchaseRate: null, retentionRate: null, churnRate: null, referralShare: null, averageOrderValue: null, avgDaysBetweenPurchases: null, averageSatisfaction: null, cohorts: [], ambassadors: [] });
    expect(summary.nps).toEqual({ responses: 0, promoters: 0, passives: 0, detractors: 0, score: null });
    expect(summary.revenueByMonth).toEqual([{ month: '2020-01', revenue: 0, buyers: 0 }, { month: '2020-02', revenue: 0, buyers: 0 }]);
    expect(summary.customers).toBe(0); // the book's customers were created in 2024
  });

  it('counts each saved segment’s members as of the period’s end and their revenue in it, leaving deleted segments out', async () => {
    const db = await metricsBook();
    let n = 0;
    addReadyMadeSegmentsOnce(db, NOW, () => `seg-${++n}`);
    const neverBought = readSegments(db).find((segment) => segment.readyMade === 'neverBought')!;
    markSegmentDeleted(db, neverBought.id, NOW);
    const { bySegment } = metricsHandlers['metrics.summary'](contextOf(db), parse('metrics.summary', PERIOD));
    expect(bySegment.map(({ name, colour, customers, revenue }) => [name, colour, customers, revenue])).toEqual(SEGMENTS);
    expect(bySegment.every((segment) => segment.segmentId.startsWith('seg-'))).toBe(true);
  });
});

describe('attention.list on the hand-made book', () => {
  it('lists who needs attention this week, most urgent first, as worked out by hand', async () => {
    const db = await metricsBook();
    const answer = attentionHandlers['attention.list'](contextOf(db), parse('attention.list', {}));
    expect(answer.asOf).toBe(AS_OF);
    expect(answer.items.map((item) => [item.kind, item.customerId, item.facts])).toEqual(ATTENTION.map(([kind, n, facts]) => [kind, cid(n), facts]));
    expect(answer.items.map((item) => item.priority)).toEqual(ATTENTION.map((_, i) => ATTENTION.length - i));
    expect(answer.items[0]!.name).toBe('Bo Dahl');
    expect(answer.items.find((item) => item.kind === 'leftCompany')!.name).toBe('Karen Holm');
  });

  it('answers a detractor once someone is in touch after the answer, and skips do-not-contact birthdays', async () => {
    const db = await metricsBook();
    db.run("INSERT INTO touchpoints (id, customer_id, date, channel, department, direction, created_at) VALUES ('t-new', ?, '2025-07-02', 'email', 'support', 'outbound', '2025-07-02T10:00:00Z')", [cid(8)]);
    db.run('UPDATE customers SET do_not_contact = 1 WHERE id = ?', [cid(9)]);
    const items = attentionHandlers['attention.list'](contextOf(db), parse('attention.list', { asOf: AS_OF })).items;
    expect(items.some((item) => item.kind === 'detractor' && item.customerId === cid(8))).toBe(false);
    expect(items.some((item) => item.kind === 'birthday' && item.customerId === cid(9))).toBe(false);
    expect(items.filter((item) => item.kind === 'birthday').map((item) => item.customerId)).toEqual([cid(5)]);
  });
});
