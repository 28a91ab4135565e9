import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlJsStatic } from 'sql.js';
import {
  conversionFactor,
  convertMinor,
  convertSpending,
  parseRate,
  perEurFromRate,
  rateDecimal,
  rateInBusiness,
  usualCurrency,
} from '../../../shared/logic/money';
import { CURRENCY_BY_COUNTRY } from '../../../shared/domain/profile';
import { sqlJs } from '../../support/engine';

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await sqlJs();
});

const amount = fc.integer({ min: -1e13, max: 1e13 });
const rate = fc.double({ min: 1e-6, max: 1e9, noNaN: true, noDefaultInfinity: true });
const rateText = rate.map((value) => rateDecimal(value)!).filter((text) => text !== null);

describe('money: conversion to the business currency', () => {
  it('rounds to the nearest minor unit, halves away from zero, and is odd-symmetric', () => {
    fc.assert(
      fc.property(amount, fc.double({ min: 1e-6, max: 1e3, noNaN: true }), (minor, factor) => {
        const converted = convertMinor(minor, factor);
        expect(Number.isInteger(converted)).toBe(true);
        expect(Math.abs(converted - minor * factor)).toBeLessThanOrEqual(0.5 + Math.abs(minor * factor) * 1e-15);
        expect(convertMinor(-minor, factor)).toBe(-converted || 0);
      }),
    );
    expect([convertMinor(5, 0.5), convertMinor(-5, 0.5), convertMinor(1, 0.49), convertMinor(-1, 0.49)]).toEqual([3, -3, 0, 0]);
  });

  it('leaves amounts in the business currency exactly as they are', () => {
    fc.assert(
      fc.property(amount, fc.constantFrom('DKK', 'EUR', 'JPY'), (minor, business) => {
        expect(convertMinor(minor, conversionFactor(new Map(), business, business)!)).toBe(minor);
      }),
    );
  });

  it('rounds exactly as SQLite does in the engine’s facts query, on the same doubles', () => {
    const db = new SQL.Database();
    try {
      const statement = db.prepare('SELECT CAST(round(:minor * (CAST(:to AS REAL) / CAST(:from AS REAL))) AS INTEGER) AS v');
      fc.assert(
        fc.property(amount, rateText, rateText, (minor, from, to) => {
          statement.bind({ ':minor': minor, ':to': to, ':from': from });
          statement.step();
          const sql = statement.getAsObject().v;
          statement.reset();
          const perEur = new Map([['XXA', from], ['XXB', to]]);
          // past 2^53 minor units (90 trillion) no amount is a real customer's, and SQLite's integers end at 2^63
          fc.pre(Math.abs((minor * Number(to)) / Number(from)) < 2 ** 53);
          expect(convertMinor(minor, conversionFactor(perEur, 'XXA', 'XXB')!)).toBe(sql);
        }),
        { numRuns: 2000 },
      );
      statement.free();
    } finally {
      db.close();
    }
  });

  it('converts a rate typed in the business currency to a stored one and back, to 12 significant digits', () => {
    fc.assert(
      fc.property(rateText, fc.double({ min: 1e-3, max: 1e4, noNaN: true }), (businessPerEur, typed) => {
        const typedText = rateDecimal(typed)!;
        const stored = perEurFromRate(typedText, businessPerEur);
        fc.pre(stored !== null);
        const back = rateInBusiness(new Map([['XXA', stored!], ['XXB', businessPerEur]]), 'XXA', 'XXB')!;
        expect(Math.abs(back - Number(typedText)) / Number(typedText)).toBeLessThan(1e-11);
      }),
    );
  });

  it('reads rates as people type them and refuses what is not a positive, plausible number', () => {
    expect(['8,60', ' 0.2961 ', '1', '144.1'].map(parseRate)).toEqual(['8.60', '0.2961', '1', '144.1']);
    expect(['0', '-1', '1e3', 'abc', '', '1,000.5', '0.0000001', '99999999999'].map(parseRate)).toEqual(Array(8).fill(null));
    fc.assert(
      fc.property(rate, (value) => {
        const text = rateDecimal(value);
        expect(text).not.toBeNull();
        expect(parseRate(text!)).toBe(text);
        expect(Math.abs(Number(text) - value) / value).toBeLessThan(1e-11);
      }),
    );
  });

  it('sums each currency converted once, and leaves out currencies without a rate', () => {
    const perEur = new Map([['EUR', '1'], ['DKK', '7.4584'], ['CZK', '25.192']]);
    const part = fc.record({ currency: fc.constantFrom('DKK', 'CZK', 'EUR', 'JPY', 'ISK'), totalMinor: amount, purchaseCount: fc.integer({ min: 1, max: 50 }) });
    fc.assert(
      fc.property(fc.uniqueArray(part, { selector: (p) => p.currency }), (spending) => {
        const result = convertSpending(spending, perEur, 'DKK');
        const known = spending.filter((p) => perEur.has(p.currency));
        expect(result.unconvertedCurrencies).toEqual(spending.filter((p) => !perEur.has(p.currency)).map((p) => p.currency).sort());
        expect(result.convertedCount).toBe(known.reduce((n, p) => n + p.purchaseCount, 0));
        const exact = known.reduce((sum, p) => sum + (p.totalMinor * Number(perEur.get('DKK'))) / Number(perEur.get(p.currency)), 0);
        expect(Math.abs(result.totalMinor - exact)).toBeLessThanOrEqual(0.5 * known.length + Math.abs(exact) * 1e-12 + 1e-6);
      }),
    );
  });

  it('picks the currency a customer usually pays in: last purchase, else country, else the business’s', () => {
    expect(usualCurrency('GBP', 'CZ', 'DKK', CURRENCY_BY_COUNTRY)).toBe('GBP');
    expect(usualCurrency(null, 'CZ', 'DKK', CURRENCY_BY_COUNTRY)).toBe('CZK');
    expect(usualCurrency(null, '', 'DKK', CURRENCY_BY_COUNTRY)).toBe('DKK');
    expect(usualCurrency(null, 'constructor', 'DKK', CURRENCY_BY_COUNTRY)).toBe('DKK');
  });
});
