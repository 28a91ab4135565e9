import { describe, expect, it } from 'vitest';
import type { AttentionItem } from '../../../../shared/domain/metrics';
import i18n from '../../../../renderer/src/i18n';
import { attentionReason } from '../../../../renderer/src/features/dashboard/attentionReason';
import { dashboardFormat } from '../../../../renderer/src/features/dashboard/format';

const money = dashboardFormat('da', 'DKK').money;
const t = i18n.t.bind(i18n);
const item = (kind: AttentionItem['kind'], facts: AttentionItem['facts']): AttentionItem => ({ kind, customerId: 'c1', name: 'Anna Berg', facts, priority: 1 });
const reason = (kind: AttentionItem['kind'], facts: AttentionItem['facts']) => attentionReason(item(kind, facts), t, money);

describe('why a customer needs attention', () => {
  it('words a drifting regular from what they spent and when they last bought', () => {
    expect(reason('atRisk', { spent: 12400, days: 143 })).toBe('Spent 12.400\u00a0kr., last bought 143 days ago — was a regular');
    expect(reason('cantLoseThem', { spent: 80.5, days: 1 })).toBe('Spent 80,50\u00a0kr., last bought 1 day ago — was one of your best');
    expect(reason('atRisk', { days: 200 })).toBe('Last bought 200 days ago — was a regular');
    expect(reason('atRisk', {})).toBe('Has gone quiet — was a regular');
  });

  it('says when a birthday or anniversary falls', () => {
    expect(reason('birthday', { inDays: 0, date: '2026-12-02' })).toBe('Birthday today');
    expect(reason('birthday', { inDays: 1 })).toBe('Birthday tomorrow');
    expect(reason('birthday', { inDays: 9 })).toBe('Birthday in 9 days');
    expect(reason('anniversary', { years: 5, inDays: 3 })).toBe('5 years as a customer in 3 days');
    expect(reason('anniversary', { years: 1, inDays: 1 })).toBe('1 year as a customer tomorrow');
    expect(reason('anniversary', {})).toBe('Customer anniversary soon');
  });

  it('says how long a good customer has gone without contact', () => {
    expect(reason('noTouchpoint', { days: 210, spent: 5000 })).toBe('A good customer (spent 5.000\u00a0kr.), no contact for 210 days');
    expect(reason('noTouchpoint', { days: 90 })).toBe('A good customer, no contact for 90 days');
    expect(reason('noTouchpoint', {})).toBe('A good customer you have never been in touch with');
  });

  it('gives an unhappy customer’s score and that nobody answered', () => {
    expect(reason('detractor', { score: 3, days: 12 })).toBe('Gave you 3 out of 10 12 days ago, and nobody has answered');
    expect(reason('detractor', { score: 0 })).toBe('Gave you 0 out of 10 and nobody has answered');
    expect(reason('detractor', {})).toBe('Gave you a low score and nobody has answered');
  });

  it('names the company someone left', () => {
    expect(reason('leftCompany', { company: 'Berg & Co' })).toBe('Left Berg & Co; no successor recorded');
    expect(reason('leftCompany', {})).toBe('Left their company; no successor recorded');
  });
});
