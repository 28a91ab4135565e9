import type { WorkspaceDatabase } from '../../../electron/engine/database';
import { rfmCte, rfmParameters } from '../../../electron/engine/store/rfm';
import { daysBefore, monthDayList } from '../../../electron/engine/store/segment-query';
import type { SegmentCondition, SegmentRule } from '../../../shared/domain/segment';
import { foldText } from '../../../shared/logic/match-keys';

/**
 * The plain TypeScript filter the segment compiler is held to: every customer's raw rows read with simple
 * SELECTs, and each rule evaluated over them here, condition by condition, without any SQL of the compiler's.
 * RFM scores and lifetime value are read from store/rfm.ts (tested against shared/logic on their own).
 */
export interface OracleCustomer {
  id: string;
  kind: string;
  source: string;
  language: string;
  country: string;
  city: string;
  company: string;
  email: string;
  birthday: string;
  customerSince: string;
  createdAt: string;
  doNotContact: boolean;
  referredBy: string | null;
  leftCompanyAt: string;
  tags: string[];
  consents: Record<string, string>;
  purchases: { date: string; product: string; category: string }[];
  touchpoints: { date: string; medium: string; department: string }[];
  feedback: { date: string; createdAt: string; nps: number | null }[];
  referredCount: number;
  totalMinor: number;
  averageMinor: number | null;
  purchaseCount: number;
  firstPurchase: string | null;
  lastPurchase: string | null;
  rfm: { r: number; f: number; m: number; group: string; historic: number; predicted: number } | null;
}

export function readOracleBook(db: WorkspaceDatabase, asOf: string): OracleCustomer[] {
  const customers = db.all<Record<string, string | number | null>>('SELECT * FROM customers ORDER BY id');
  const facts = new Map(db.all<Record<string, number | string | null>>('SELECT * FROM customer_facts').map((f) => [f.customer_id as string, f]));
  const cte = rfmCte(rfmParameters(db, { asOf, from: null, to: null }));
  const rfm = new Map(db.all<Record<string, number | string>>(`WITH ${cte.sql} SELECT * FROM rfm`, cte.params).map((r) => [r.customer_id as string, r]));
  const byCustomer = <T>(sql: string) => {
    const map = new Map<string, T[]>();
    for (const row of db.all<T & { customer_id: string }>(sql)) map.set(row.customer_id, [...(map.get(row.customer_id) ?? []), row]);
    return map;
  };
  const tags = byCustomer<{ tag: string }>('SELECT customer_id, tag FROM customer_tags');
  const consents = byCustomer<{ channel: string; status: string }>('SELECT customer_id, channel, status FROM consents');
  const purchases = byCustomer<{ date: string; product: string; category: string }>('SELECT customer_id, date, product, category FROM purchases');
  const touchpoints = byCustomer<{ date: string; channel: string; department: string }>('SELECT customer_id, date, channel, department FROM touchpoints');
  const feedback = byCustomer<{ date: string; created_at: string; nps: number | null }>('SELECT customer_id, date, created_at, nps FROM feedback');
  return customers.map((c) => {
    const id = c.id as string;
    const f = facts.get(id)!;
    const s = rfm.get(id);
    return {
      id,
      kind: c.kind as string,
      source: c.source as string,
      language: c.language as string,
      country: c.country as string,
      city: c.city as string,
      company: c.company as string,
      email: c.email as string,
      birthday: c.birthday as string,
      customerSince: c.customer_since as string,
      createdAt: c.created_at as string,
      doNotContact: c.do_not_contact === 1,
      referredBy: (c.referred_by as string | null) ?? null,
      leftCompanyAt: c.left_company_at as string,
      tags: (tags.get(id) ?? []).map((t) => t.tag),
      consents: Object.fromEntries((consents.get(id) ?? []).map((k) => [k.channel, k.status])),
      purchases: purchases.get(id) ?? [],
      touchpoints: (touchpoints.get(id) ?? []).map((t) => ({ date: t.date, medium: t.channel, department: t.department })),
      feedback: (feedback.get(id) ?? []).map((x) => ({ date: x.date, createdAt: x.created_at, nps: x.nps })),
      referredCount: customers.filter((other) => other.referred_by === id).length,
      totalMinor: Number(f.total_minor),
      averageMinor: f.average_minor === null ? null : Number(f.average_minor),
      purchaseCount: Number(f.purchase_count),
      firstPurchase: (f.first_purchase as string | null) ?? null,
      lastPurchase: (f.last_purchase as string | null) ?? null,
      rfm: s
        ? { r: Number(s.r), f: Number(s.f), m: Number(s.m), group: String(s.rfm_group), historic: Number(s.historic_value), predicted: Number(s.predicted_value) }
        : null,
    };
  });
}

const days = (from: string, to: string) => Math.trunc((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / 86_400_000);

function numberOf(c: OracleCustomer, field: string, asOf: string): { value: number | null; scale: number } {
  switch (field) {
    case 'totalSpent': return { value: c.totalMinor, scale: 100 };
    case 'averageSpent': return { value: c.averageMinor, scale: 100 };
    case 'purchaseCount': return { value: c.purchaseCount, scale: 1 };
    case 'daysSinceLastPurchase': return { value: c.lastPurchase === null ? null : days(c.lastPurchase, asOf), scale: 1 };
    case 'rScore': return { value: c.rfm?.r ?? null, scale: 1 };
    case 'fScore': return { value: c.rfm?.f ?? null, scale: 1 };
    case 'mScore': return { value: c.rfm?.m ?? null, scale: 1 };
    case 'historicValue': return { value: c.rfm?.historic ?? null, scale: 1 };
    case 'predictedValue': return { value: c.rfm?.predicted ?? null, scale: 1 };
    case 'referredCount': return { value: c.referredCount, scale: 1 };
    case 'latestNps': {
      const answered = c.feedback.filter((f) => f.nps !== null).sort((a, b) => (a.date === b.date ? (a.createdAt < b.createdAt ? 1 : -1) : a.date < b.date ? 1 : -1));
      return { value: answered[0]?.nps ?? null, scale: 1 };
    }
  }
  throw new Error(field);
}

function dateOf(c: OracleCustomer, field: string): string | null {
  if (field === 'firstPurchase') return c.firstPurchase;
  if (field === 'lastPurchase') return c.lastPurchase;
  if (field === 'customerSince') return c.customerSince === '' ? null : c.customerSince;
  return c.createdAt.slice(0, 10);
}

export function matches(c: OracleCustomer, rule: SegmentRule, asOf: string): boolean {
  if ('kind' in rule) {
    const inner = rule.rules.map((r) => matches(c, r, asOf));
    const joined = rule.op === 'and' ? inner.every(Boolean) : inner.some(Boolean);
    return rule.not ? !joined : joined;
  }
  return condition(c, rule, asOf);
}

function condition(c: OracleCustomer, rule: SegmentCondition, asOf: string): boolean {
  switch (rule.field) {
    case 'totalSpent': case 'averageSpent': case 'purchaseCount': case 'daysSinceLastPurchase': case 'rScore': case 'fScore':
    case 'mScore': case 'historicValue': case 'predictedValue': case 'referredCount': case 'latestNps': {
      const { value, scale } = numberOf(c, rule.field, asOf);
      if (rule.op === 'isEmpty') return value === null;
      if (rule.op === 'isNotEmpty') return value !== null;
      if (value === null) return false;
      const v = (rule.value ?? 0) * scale;
      switch (rule.op) {
        case 'eq': return value === v;
        case 'ne': return value !== v;
        case 'gt': return value > v;
        case 'gte': return value >= v;
        case 'lt': return value < v;
        case 'lte': return value <= v;
        case 'between': return value >= v && value <= (rule.to ?? 0) * scale;
      }
      break;
    }
    case 'firstPurchase': case 'lastPurchase': case 'customerSince': case 'createdAt': {
      const value = dateOf(c, rule.field);
      if (rule.op === 'isEmpty') return value === null;
      if (rule.op === 'isNotEmpty') return value !== null;
      if (value === null) return false;
      switch (rule.op) {
        case 'before': return value < rule.date!;
        case 'after': return value > rule.date!;
        case 'between': return value >= rule.date! && value <= rule.to!;
        case 'inLastDays': return value >= daysBefore(asOf, rule.days!) && value <= asOf;
        case 'notInLastDays': return value < daysBefore(asOf, rule.days!);
      }
      break;
    }
    case 'source': case 'language': case 'country': case 'city': case 'company': case 'email': {
      const value = c[rule.field];
      const typed = foldText(rule.value ?? '');
      switch (rule.op) {
        case 'is': return foldText(value) === typed;
        case 'isNot': return foldText(value) !== typed;
        case 'contains': return foldText(value).includes(typed);
        case 'notContains': return !foldText(value).includes(typed);
        case 'isEmpty': return value === '';
        case 'isNotEmpty': return value !== '';
      }
      break;
    }
    case 'kind': return rule.op === 'in' ? rule.values.includes(c.kind as never) : !rule.values.includes(c.kind as never);
    case 'rfmGroup': {
      const inList = c.rfm !== null && rule.values.includes(c.rfm.group as never);
      return rule.op === 'in' ? inList : !inList;
    }
    case 'tags': {
      if (rule.op === 'hasAny') return rule.values.some((t) => c.tags.includes(t));
      if (rule.op === 'hasNone') return !rule.values.some((t) => c.tags.includes(t));
      return rule.values.every((t) => c.tags.includes(t));
    }
    case 'consent': return (c.consents[rule.medium] === 'granted') === (rule.op === 'granted');
    case 'doNotContact': return c.doNotContact === rule.value;
    case 'wasReferred': return (c.referredBy !== null) === rule.value;
    case 'leftCompany': return (c.leftCompanyAt !== '') === rule.value;
    case 'birthday': return c.birthday !== '' && monthDayList(asOf, rule.days).includes(c.birthday.slice(-5));
    case 'customerSinceAnniversary':
      return c.customerSince.length === 10 && c.customerSince < daysBefore(asOf, 364) && monthDayList(asOf, rule.days).includes(c.customerSince.slice(5, 10));
    case 'product': case 'category': {
      const typed = foldText(rule.value);
      const bought = c.purchases.some((p) => foldText(p[rule.field]).includes(typed));
      return rule.op === 'bought' ? bought : !bought;
    }
    case 'touchpoints': {
      const from = daysBefore(asOf, rule.days);
      const any = c.touchpoints.some(
        (t) => t.date >= from && t.date <= asOf && (!rule.medium || t.medium === rule.medium) && (!rule.department || t.department === rule.department),
      );
      return rule.op === 'any' ? any : !any;
    }
  }
  throw new Error(`no oracle for ${JSON.stringify(rule)}`);
}
