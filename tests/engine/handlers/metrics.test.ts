import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { metricsQueries } from '../../../electron/engine/store/metrics';
import { rfmParameters } from '../../../electron/engine/store/rfm';
import { contract } from '../../../shared/contract/channels';
import { AS_OF, PERIOD, metricsBook } from '../../fixtures/metrics/book';
import { callParsed, engineWithWorkspace, trackedEngines } from '../../support/engines';

const engines = trackedEngines();

/** The first message the channel's schema gives for a payload (undefined when it is accepted). */
function refusal(channel: 'rfm.scores' | 'metrics.summary' | 'attention.list' | 'rfm.saveThresholds', payload: unknown): string | undefined {
  const result = contract[channel].request.safeParse(payload);
  return result.success ? undefined : result.error.issues[0]!.message;
}

describe('bad input to rfm, metrics and attention', () => {
  it('refuses dates that are not YYYY-MM-DD, with the format in the message', () => {
    const message = 'A date is written YYYY-MM-DD, such as 2026-03-31.';
    expect(refusal('rfm.scores', { asOf: '1/3/2026' })).toBe(message);
    expect(refusal('rfm.scores', { from: '2026-3-1' })).toBe(message);
    expect(refusal('metrics.summary', { from: '2026-01-01', to: 'tomorrow' })).toBe(message);
    expect(refusal('attention.list', { asOf: '' })).toBe(message);
  });

  it('refuses a period or window that ends before it starts', () => {
    expect(refusal('metrics.summary', { from: '2026-02-01', to: '2026-01-31' })).toBe('The period must start on or before its end.');
    expect(refusal('rfm.scores', { from: '2026-02-01', to: '2026-01-31' })).toBe('The window must start on or before its end.');
    expect(refusal('metrics.summary', { from: '2026-02-01', to: '2026-02-01' })).toBeUndefined();
  });

  it('refuses a summary without its period, and unknown fields everywhere', () => {
    expect(refusal('metrics.summary', { from: '2026-01-01' })).toBeDefined();
    expect(refusal('metrics.summary', { from: '2026-01-01', to: '2026-02-01', segment: 'x' })).toMatch(/segment/);
    expect(refusal('rfm.scores', { asof: '2026-01-01' })).toMatch(/asof/);
    expect(refusal('attention.list', { limit: 5 })).toMatch(/limit/);
    expect(refusal('rfm.saveThresholds', { thresholds: null, kind: 'b2c' })).toMatch(/kind/);
  });

  it('refuses thresholds that do not go up', () => {
    expect(refusal('rfm.saveThresholds', { thresholds: { recencyDays: [30, 30, 180, 365], purchases: [2, 3, 4, 5], spent: [1, 2, 3, 4] } })).toBe(
      'The four limits must go up, each higher than the one before.',
    );
    expect(refusal('rfm.saveThresholds', { thresholds: { recencyDays: [30, 90, 180, 365], purchases: [2, 3, 4, 5], spent: [-1, 2, 3, 4] } })).toBeDefined();
  });
});

describe('the channels through the engine', () => {
  it('answers rfm.scores, metrics.summary and attention.list on a new workspace (nothing to score yet)', async () => {
    const e = await engineWithWorkspace(engines);
    const scores = callParsed(e, 'rfm.scores', {});
    expect(scores).toMatchObject({ method: 'thresholds', thresholdsSaved: false, asOf: '2026-03-01', currency: 'DKK', customers: [], unconvertedCurrencies: [] });
    const summary = callParsed(e, 'metrics.summary', { from: '2025-03-01', to: '2026-02-28' });
    expect(summary).toMatchObject({ buyers: 0, revenue: 0, nps: { score: null }, byRfmGroup: expect.arrayContaining([{ group: 'champions', customers: 0, revenue: 0 }]) });
    expect(summary.revenueByMonth).toHaveLength(12);
    expect(callParsed(e, 'attention.list', {})).toEqual({ asOf: '2026-03-01', items: [] });
  });

  it('keeps saved thresholds in the workspace', async () => {
    const e = await engineWithWorkspace(engines);
    const thresholds = { recencyDays: [10, 20, 30, 40], purchases: [2, 3, 4, 5], spent: [10, 20, 30, 40] };
    expect(callParsed(e, 'rfm.scores', {}).thresholdsSaved).toBe(false); // kept in memory until the save changes the workspace
    expect(callParsed(e, 'rfm.saveThresholds', { thresholds })).toEqual({ thresholds, saved: true });
    expect(callParsed(e, 'rfm.scores', {})).toMatchObject({ thresholds, thresholdsSaved: true });
  });
});

describe('average days between purchases', () => {
  it('equals the mean of lag() gaps over every purchase of the period (the statement adds them up per customer)', async () => {
    const db = await metricsBook();
    const lagMean = (from: string, to: string) =>
      db.get<{ days: number | null; gaps: number }>(
        `WITH gaps AS (SELECT date, julianday(date) - julianday(lag(date) OVER (PARTITION BY customer_id ORDER BY date)) AS gap FROM purchases WHERE date <= :to)
         SELECT sum(gap) AS days, count(gap) AS gaps FROM gaps WHERE date >= :from`,
        { ':from': from, ':to': to },
      )!;
    const rfm = rfmParameters(db, { asOf: AS_OF, from: null, to: null });
    const grouped = (from: string, to: string) => {
      const q = metricsQueries(from, to, rfm).gaps;
      return db.get<{ days: number; gaps: number }>(q.sql, q.params)!;
    };
    expect(grouped(PERIOD.from, PERIOD.to)).toEqual({ days: 1209, gaps: 14 });
    const day = fc.integer({ min: 0, max: 1400 }).map((n) => new Date(Date.parse('2023-01-01T00:00:00Z') + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const lag = lagMean(from, to);
        expect(grouped(from, to)).toEqual({ days: lag.days ?? 0, gaps: lag.gaps });
      }),
      { numRuns: 80, seed: 9 },
    );
  });
});
