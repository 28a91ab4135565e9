import type { TFunction } from 'i18next';
import type { CustomerRfm } from '@shared/domain/rfm';
import type { SegmentCondition, SegmentRule } from '@shared/domain/segment';
import { formatDate, formatMoney, formatNumber } from '../customers/format';
import { isGroup, opTakesNoValue, valueKind } from './rules';

/**
 * Rules and scores in words, for labels, the preview's summary and the customer page: pure (the translation
 * function, locale and business currency come in), so tests can read exactly what a person reads.
 */
export interface Words {
  t: TFunction;
  locale: string;
  /** The business currency: money in rules and scores is in its major unit. */
  currency: string;
}

/** Money in the business currency's major unit (rules and scores hold 1000 for 1.000,00 kr.). */
export const majorMoney = (amount: number, { currency, locale }: Words) => formatMoney(Math.round(amount * 100), currency, locale);

const compactFormats = new Map<string, Intl.NumberFormat>();

/** Money short enough for a small cell: "DKK 3.7M", "DKK 850K" (the full amount is in the cell's label). */
export function compactMoney(amount: number, { currency, locale }: Words): string {
  const key = `${locale}|${currency}`;
  let format = compactFormats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 });
    } catch {
      format = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
    }
    compactFormats.set(key, format);
  }
  return format.format(amount);
}

/** A value list as words ("Champions, Loyal"). */
function valuesText(condition: SegmentCondition, w: Words): string {
  const { t } = w;
  if (condition.field === 'kind') return condition.values.map((v) => t(`segments.kinds.${v}`)).join(', ');
  if (condition.field === 'rfmGroup') return condition.values.map((v) => t(`rfm.groups.${v}`)).join(', ');
  if (condition.field === 'tags') return condition.values.join(', ');
  return '';
}

/** One condition in words: "Total spent at least DKK 1,000.00", "Email consent given", "Last purchase in the last 90 days". */
export function conditionLabel(condition: SegmentCondition, w: Words): string {
  const { t, locale } = w;
  const field = t(`segments.fields.${condition.field}`);
  const op = t(`segments.ops.${condition.op}`);
  const c = condition as Record<string, unknown>;
  const kind = valueKind(condition.field);
  if (opTakesNoValue(condition.op)) return t('segments.label.empty', { field, op });
  switch (kind) {
    case 'number':
    case 'score':
    case 'money': {
      const show = (n: unknown) => (kind === 'money' ? majorMoney(Number(n), w) : formatNumber(Number(n), locale));
      if (condition.op === 'between') return t('segments.label.between', { field, value: show(c.value), to: show(c.to) });
      return t('segments.label.value', { field, op, value: show(c.value) });
    }
    case 'date':
      if (condition.op === 'inLastDays' || condition.op === 'notInLastDays') return t('segments.label.days', { field, op, count: Number(c.days) });
      if (condition.op === 'between') return t('segments.label.between', { field, value: formatDate(String(c.date), locale), to: formatDate(String(c.to), locale) });
      return t('segments.label.value', { field, op, value: formatDate(String(c.date), locale) });
    case 'text':
    case 'bought':
      return t('segments.label.value', { field, op, value: `“${String(c.value ?? '')}”` });
    case 'kind':
    case 'rfmGroup':
    case 'tags':
      return t('segments.label.value', { field, op, value: valuesText(condition, w) });
    case 'consent':
      return t('segments.label.consent', { medium: t(`customers.consents.media.${String(c.medium)}`), op });
    case 'boolean':
      return t('segments.label.bool', { field, value: t(c.value ? 'segments.builder.yes' : 'segments.builder.no') });
    case 'anniversary':
      return t('segments.label.days', { field, op, count: Number(c.days) });
    case 'touchpoints': {
      const what = [c.medium ? t(`timeline.media.${String(c.medium)}`) : '', c.department ? t(`timeline.departments.${String(c.department)}`) : '']
        .filter(Boolean)
        .join(', ');
      return t(condition.op === 'any' ? 'segments.label.touchpointsAny' : 'segments.label.touchpointsNone', { count: Number(c.days), by: what ? t('segments.label.by', { what }) : '' });
    }
  }
}

/** A whole rule in words, groups in brackets: "Total spent at least … and (Email consent given or …)". */
export function ruleSummary(rule: SegmentRule, w: Words, top = true): string {
  if (!isGroup(rule)) return conditionLabel(rule, w);
  const joined = rule.rules.map((r) => ruleSummary(r, w, false)).join(` ${w.t(`segments.builder.joinWord.${rule.op}`)} `);
  const inner = top || rule.rules.length < 2 ? joined : `(${joined})`;
  return rule.not ? `${w.t('segments.builder.not')} ${top ? `(${joined})` : inner}` : inner;
}

/** Why a customer is in their RFM group: "Last bought 12 days ago (R 5), 8 purchases (F 4), DKK 3,400.00 spent (M 4): Loyal". */
export function rfmReason(rfm: CustomerRfm, w: Words): string {
  const { t } = w;
  return t('rfm.card.reason', {
    days: rfm.recencyDays === 0 ? t('rfm.card.today') : t('rfm.card.daysAgo', { count: rfm.recencyDays }),
    r: rfm.r,
    purchases: t('rfm.card.purchases', { count: rfm.purchases }),
    f: rfm.f,
    spent: majorMoney(rfm.spent, w),
    m: rfm.m,
    group: t(`rfm.groups.${rfm.group}`),
  });
}
