import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/contract/channels';
import type { Engine } from '../../../electron/engine/engine';
import { callParsed, engineWithWorkspace, trackedEngines } from '../../support/engines';
import { tempDir } from '../../support/engine';

const engines = trackedEngines();

/** Seeded per-euro rates (migration 0004) the expectations are worked out from. */
const PER_EUR = { DKK: 7.4584, CZK: 25.192, GBP: 0.82995 } as const;
/** `minor` of `from` in DKK minor units, rounded halves away from zero: the rule in shared/logic/money.ts. */
const inDkk = (minor: number, from: keyof typeof PER_EUR) => Math.round((minor * PER_EUR.DKK) / PER_EUR[from]);

function customer(e: Engine, company: string, country = 'DK'): string {
  return callParsed(e, 'customers.create', { customer: { company, kind: 'company', country } }).id;
}

function buy(e: Engine, customerId: string, amountMinor: number, currency: string, date = '2026-01-05'): void {
  callParsed(e, 'timeline.add', { customerId, entry: { kind: 'purchase', date, amountMinor, currency } });
}

const facts = (e: Engine, id: string) => callParsed(e, 'customers.get', { id }).facts;

describe('money across currencies', () => {
  it('totals and averages a customer in the business currency, converted per currency with the workspace rates', async () => {
    const e = await engineWithWorkspace(engines);
    const id = customer(e, 'Kavárna Praha', 'CZ');
    buy(e, id, 1_000_000, 'DKK', '2025-11-01');
    buy(e, id, 4_500_000, 'CZK', '2025-12-01');
    buy(e, id, 12_000, 'GBP', '2026-01-02');
    buy(e, id, 500_000, 'CZK', '2025-10-01');
    const total = 1_000_000 + inDkk(5_000_000, 'CZK') + inDkk(12_000, 'GBP');
    expect(facts(e, id)).toMatchObject({
      purchaseCount: 4,
      totalMinor: total,
      averageMinor: Math.floor(total / 4),
      unconvertedCurrencies: [],
      lastPurchaseCurrency: 'GBP',
      spentByCurrency: [
        { currency: 'CZK', totalMinor: 5_000_000, convertedMinor: inDkk(5_000_000, 'CZK'), purchaseCount: 2 },
        { currency: 'DKK', totalMinor: 1_000_000, convertedMinor: 1_000_000, purchaseCount: 1 },
        { currency: 'GBP', totalMinor: 12_000, convertedMinor: inDkk(12_000, 'GBP'), purchaseCount: 1 },
      ],
    });
    // about DKK 25,850, nowhere near the DKK 65,120 the amounts add up to as they are
    expect(total).toBeGreaterThan(2_500_000);
    expect(total).toBeLessThan(2_700_000);
  });

  it('sorts the grid by the converted total, not by the sum of amounts in different currencies', async () => {
    const e = await engineWithWorkspace(engines);
    const czech = customer(e, 'Czech café', 'CZ');
    const danish = customer(e, 'Danish café');
    buy(e, czech, 5_000_000, 'CZK'); // CZK 50,000 ≈ DKK 14,800
    buy(e, danish, 2_000_000, 'DKK'); // DKK 20,000
    const list = callParsed(e, 'customers.list', { sort: [{ field: 'totalMinor', direction: 'desc' }] });
    expect(list.rows.map((r: any) => r.company)).toEqual(['Danish café', 'Czech café']);
    expect(list.rows[1].totalMinor).toBe(inDkk(5_000_000, 'CZK'));
  });

  it('never adds in a currency without a rate: the facts name it and Settings lists it as missing', async () => {
    const e = await engineWithWorkspace(engines);
    const id = customer(e, 'Tokyo Roasters', 'JP');
    buy(e, id, 300_000, 'DKK');
    buy(e, id, 9_900_000, 'JPY');
    buy(e, id, 100_000, 'JPY');
    expect(facts(e, id)).toMatchObject({ purchaseCount: 3, totalMinor: 300_000, averageMinor: 300_000, unconvertedCurrencies: ['JPY'] });
    const rates = callParsed(e, 'rates.list', {});
    expect(rates.missing).toEqual(['JPY']);
    expect(rates.rates.map((r: any) => r.currency)).not.toContain('JPY');
    // only that currency: a customer without a rate's currency only has no average
    const only = customer(e, 'Only yen');
    buy(e, only, 1000, 'JPY');
    expect(facts(e, only)).toMatchObject({ totalMinor: 0, averageMinor: null, unconvertedCurrencies: ['JPY'] });

    // "1 JPY = 0.0455 DKK": the purchases count from then on
    callParsed(e, 'rates.set', { currency: 'JPY', rate: '0,0455', asOf: '2026-02-01' });
    const after = facts(e, id);
    expect(after.unconvertedCurrencies).toEqual([]);
    expect(after.totalMinor).toBe(300_000 + Math.round(10_000_000 * 0.0455));
    expect(callParsed(e, 'rates.list', {}).missing).toEqual([]);
  });

  it('a workspace in one currency adds its amounts exactly as before', async () => {
    const e = await engineWithWorkspace(engines);
    const id = customer(e, 'Café Nord');
    for (const amount of [12_950, 6_950, 1, 99_999_999]) buy(e, id, amount, 'DKK');
    expect(facts(e, id)).toMatchObject({
      purchaseCount: 4,
      totalMinor: 12_950 + 6_950 + 1 + 99_999_999,
      averageMinor: Math.floor((12_950 + 6_950 + 1 + 99_999_999) / 4),
      unconvertedCurrencies: [],
      spentByCurrency: [{ currency: 'DKK', totalMinor: 100_019_900, convertedMinor: 100_019_900, purchaseCount: 4 }],
    });
  });

  it('keeps totals right when the business currency changes, and rates entered in the old one stay meaningful', async () => {
    const e = await engineWithWorkspace(engines);
    const id = customer(e, 'London café', 'GB');
    buy(e, id, 1_000_000, 'DKK');
    buy(e, id, 50_000, 'GBP');
    callParsed(e, 'rates.set', { currency: 'GBP', rate: '8.60', asOf: '2026-02-01' }); // in DKK
    expect(facts(e, id).totalMinor).toBe(1_000_000 + 430_000);
    const gbpInDkk = callParsed(e, 'rates.list', {}).rates.find((r: any) => r.currency === 'GBP');
    expect(gbpInDkk).toMatchObject({ asOf: '2026-02-01' });
    expect(gbpInDkk.rate).toBeCloseTo(8.6, 9);

    callParsed(e, 'profile.update', { currency: 'GBP' });
    expect(facts(e, id)).toMatchObject({ totalMinor: Math.round(1_000_000 / 8.6) + 50_000, unconvertedCurrencies: [] });
    const inGbp = callParsed(e, 'rates.list', {});
    expect(inGbp.businessCurrency).toBe('GBP');
    expect(inGbp.rates.find((r: any) => r.currency === 'DKK').rate).toBeCloseTo(1 / 8.6, 9);

    callParsed(e, 'profile.update', { currency: 'EUR' });
    expect(facts(e, id).totalMinor).toBe(Math.round(1_000_000 / PER_EUR.DKK) + Math.round((50_000 * 8.6) / PER_EUR.DKK));
  });

  it('asks for the business currency’s own rate when it has none, then converts', async () => {
    const e = await engineWithWorkspace(engines);
    const id = customer(e, 'Kyoto');
    buy(e, id, 100_000, 'EUR');
    buy(e, id, 5_000, 'JPY');
    callParsed(e, 'profile.update', { currency: 'JPY' });
    const before = callParsed(e, 'rates.list', {});
    expect(before).toMatchObject({ businessCurrency: 'JPY', businessHasRate: false, missing: ['EUR'] });
    expect(before.rates.every((r: any) => r.rate === null)).toBe(true);
    expect(facts(e, id)).toMatchObject({ totalMinor: 5_000, unconvertedCurrencies: ['EUR'] });
    // 1 EUR = 160 JPY says what the yen is worth; every seeded rate then converts
    const after = callParsed(e, 'rates.set', { currency: 'EUR', rate: '160' });
    expect(after).toMatchObject({ businessHasRate: true, missing: [] });
    expect(after.rates.find((r: any) => r.currency === 'JPY')).toBeUndefined();
    expect(after.rates.find((r: any) => r.currency === 'EUR')).toMatchObject({ rate: 160, asOf: '2026-03-01' });
    expect(facts(e, id)).toMatchObject({ totalMinor: 5_000 + 16_000_000, unconvertedCurrencies: [] });
  });

  it('writes converted totals and the currencies left out to the CSV export', async () => {
    const e = await engineWithWorkspace(engines);
    const czech = customer(e, 'Kavárna Praha', 'CZ');
    buy(e, czech, 4_500_000, 'CZK');
    buy(e, czech, 777, 'JPY');
    const danish = customer(e, 'Café Nord');
    buy(e, danish, 12_950, 'DKK');
    const path = join(tempDir(), 'customers.csv');
    e.produceFile('exports.customersCsv', path, contract['exports.customersCsv'].request.parse({ columns: ['company', 'totalSpent', 'currency', 'notConverted'], sort: [{ field: 'totalMinor', direction: 'desc' }] }));
    const lines = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toEqual([
      'Company,Total spent,Currency,Not in totals (no exchange rate)',
      `Kavárna Praha,${(inDkk(4_500_000, 'CZK') / 100).toFixed(2)},DKK,JPY`,
      'Café Nord,129.50,DKK,',
    ]);
  });

  it('edits, adds and removes rates, and each change is announced like any other edit', async () => {
    const events: string[] = [];
    const e = await engineWithWorkspace(engines, { emit: (event) => events.push(event) });
    const seeded = callParsed(e, 'rates.list', {});
    expect(seeded.businessCurrency).toBe('DKK');
    expect(seeded.rates.map((r: any) => r.currency)).toEqual(expect.arrayContaining(['EUR', 'NOK', 'SEK', 'CZK', 'GBP', 'USD', 'CHF', 'PLN']));
    expect(seeded.rates.map((r: any) => r.currency)).not.toContain('DKK');
    expect(seeded.rates.find((r: any) => r.currency === 'EUR')).toMatchObject({ asOf: '2025-01-02', rate: PER_EUR.DKK });
    events.length = 0;
    const added = callParsed(e, 'rates.set', { currency: 'thb', rate: '0.2' });
    expect(added.rates.find((r: any) => r.currency === 'THB')).toMatchObject({ rate: 0.2, asOf: '2026-03-01' });
    expect(events).toContain('workspace.changed');
    const removed = callParsed(e, 'rates.delete', { currency: 'THB' });
    expect(removed.rates.find((r: any) => r.currency === 'THB')).toBeUndefined();
  });

  it('refuses bad rates with a clear message and changes nothing', async () => {
    const e = await engineWithWorkspace(engines);
    const before = callParsed(e, 'rates.list', {});
    const schema = contract['rates.set'].request;
    for (const bad of [
      { currency: 'GBP', rate: '0' },
      { currency: 'GBP', rate: '-8.6' },
      { currency: 'GBP', rate: 'abc' },
      { currency: 'GBP', rate: '1e3' },
      { currency: 'GBP', rate: '' },
      { currency: 'GBP', rate: 8.6 },
      { currency: 'DKR', rate: '1' },
      { currency: 'GB', rate: '1' },
      { currency: 'GBP', rate: '1', asOf: '1 May' },
      { currency: 'GBP', rate: '1', extra: true },
      { currency: '__proto__', rate: '1' },
      {},
    ]) {
      expect(schema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
    expect(schema.safeParse({ currency: 'GBP', rate: '0' }).error?.issues[0]?.message).toMatch(/positive number/);
    expect(() => callParsed(e, 'rates.set', { currency: 'DKK', rate: '2' })).toThrow(expect.objectContaining({ code: 'invalid-request', message: expect.stringMatching(/business currency/) }));
    expect(() => callParsed(e, 'rates.delete', { currency: 'EUR' })).toThrow(expect.objectContaining({ code: 'invalid-request' }));
    expect(() => callParsed(e, 'rates.delete', { currency: 'THB' })).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(callParsed(e, 'rates.list', {})).toEqual(before);
  });
});
