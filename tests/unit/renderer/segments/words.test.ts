import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CustomerRfm } from '../../../../shared/domain/rfm';
import type { SegmentRules } from '../../../../shared/domain/segment';
import en from '../../../../renderer/src/i18n/en';
import { conditionLabel, rfmReason, ruleSummary, type Words } from '../../../../renderer/src/features/segments/words';

let w: Words;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: { en: { translation: en } }, lng: 'en', interpolation: { escapeValue: false } });
  w = { t: i18n.t, locale: 'en-GB', currency: 'DKK' };
});
/** Intl puts a no-break space between the currency and the amount: compare with plain spaces. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');
const label = (...args: Parameters<typeof conditionLabel>) => plain(conditionLabel(...args));

describe('conditions in words', () => {
  it('says money in the business currency, from the major unit the rules hold', () => {
    expect(label({ field: 'totalSpent', op: 'gte', value: 1000 }, w)).toBe('Total spent at least DKK 1,000.00');
    expect(label({ field: 'averageSpent', op: 'between', value: 50, to: 120.5 }, w)).toBe('Average purchase between DKK 50.00 and DKK 120.50');
    expect(label({ field: 'purchaseCount', op: 'gt', value: 1200 }, w)).toBe('Number of purchases more than 1,200');
  });

  it('says days, dates, emptiness, lists, consent, yes/no and touchpoints', () => {
    expect(label({ field: 'lastPurchase', op: 'inLastDays', days: 90 }, w)).toBe('Last purchase in the last 90 days');
    expect(label({ field: 'lastPurchase', op: 'notInLastDays', days: 1 }, w)).toBe('Last purchase not in the last 1 day');
    expect(label({ field: 'firstPurchase', op: 'before', date: '2026-03-31' }, w)).toBe('First purchase before 31 Mar 2026');
    expect(label({ field: 'city', op: 'isEmpty' }, w)).toBe('City is empty');
    expect(label({ field: 'city', op: 'contains', value: 'Aarhus' }, w)).toBe('City contains “Aarhus”');
    expect(label({ field: 'rfmGroup', op: 'in', values: ['champions', 'cantLoseThem'] }, w)).toBe('RFM group is one of Champions, Can’t lose them');
    expect(label({ field: 'tags', op: 'hasNone', values: ['vip', 'press'] }, w)).toBe('Tags has none of vip, press');
    expect(label({ field: 'consent', medium: 'sms', op: 'notGranted' }, w)).toBe('SMS consent not given');
    expect(label({ field: 'doNotContact', op: 'is', value: false }, w)).toBe('Do not contact: No');
    expect(label({ field: 'birthday', op: 'withinDays', days: 14 }, w)).toBe('Birthday within the next 14 days');
    expect(label({ field: 'product', op: 'neverBought', value: 'Rye' }, w)).toBe('Product never bought “Rye”');
    expect(label({ field: 'touchpoints', op: 'none', days: 180 }, w)).toBe('No touchpoint in the last 180 days');
    expect(label({ field: 'touchpoints', op: 'any', days: 30, medium: 'visit', department: 'sales' }, w)).toBe(
      'A touchpoint by Visit, Sales in the last 30 days',
    );
  });

  it('sums up nested rules with brackets and NOT', () => {
    const rules: SegmentRules = {
      kind: 'group', op: 'and', not: false,
      rules: [
        { field: 'totalSpent', op: 'gte', value: 1000 },
        { kind: 'group', op: 'or', not: true, rules: [{ field: 'consent', medium: 'email', op: 'granted' }, { field: 'city', op: 'is', value: 'Odense' }] },
      ],
    };
    expect(plain(ruleSummary(rules, w))).toBe('Total spent at least DKK 1,000.00 and Not (Email consent given or City is “Odense”)');
  });
});

describe('the RFM reason', () => {
  const rfm: CustomerRfm = {
    r: 5, f: 4, m: 4, group: 'champions', method: 'quintiles', recencyDays: 12, purchases: 8, spent: 3400, historicValue: 1360, predictedValue: 2000,
  };

  it('gives the figures behind each score and the group they make', () => {
    expect(plain(rfmReason(rfm, w))).toBe('Last bought 12 days ago (R 5), 8 purchases (F 4), DKK 3,400.00 spent (M 4): Champions');
  });

  it('words one purchase and a purchase today', () => {
    expect(plain(rfmReason({ ...rfm, recencyDays: 0, purchases: 1, f: 1, group: 'new' }, w))).toBe('Last bought today (R 5), 1 purchase (F 1), DKK 3,400.00 spent (M 4): New');
  });
});
