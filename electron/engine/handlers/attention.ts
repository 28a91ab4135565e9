import { displayName } from '../../../shared/domain/customer';
import type { AttentionItem, AttentionKind } from '../../../shared/domain/metrics';
import type { CustomerRfm } from '../../../shared/domain/rfm';
import {
  type NamedRow,
  birthdaysOn,
  customerSinceOn,
  lastTouchpoints,
  leftWithoutSuccessor,
  namedCustomers,
  unansweredDetractors,
} from '../store/attention';
import { bookRfm, todayOf } from './rfm-cache';
import { monthDaysAhead } from '../../../shared/logic/calendar';
import type { EngineHandler } from './types';

/**
 * "Needs attention this week", as of a date (default today). Each kind lists a customer once, at most
 * PER_KIND of them, and the list keeps the MAX_ITEMS most urgent: Can't lose them, At risk (most spent first),
 * unanswered detractors (latest first), left the company without a successor, birthdays and anniversaries
 * (soonest first), good customers (M 4–5) nobody has been in touch with for NO_TOUCHPOINT_DAYS days or ever.
 */

export const MAX_ITEMS = 30;
export const PER_KIND = 10;
export const DAYS_AHEAD = 14;
export const NO_TOUCHPOINT_DAYS = 90;

const KIND_ORDER: readonly AttentionKind[] = ['cantLoseThem', 'atRisk', 'detractor', 'leftCompany', 'birthday', 'noTouchpoint'];
const rankOf = (kind: AttentionKind) => KIND_ORDER.indexOf(kind === 'anniversary' ? 'birthday' : kind);

type Draft = Omit<AttentionItem, 'priority'>;

const list: EngineHandler<'attention.list'> = (ctx, request) => {
  const asOf = request.asOf ?? todayOf(ctx.now);
  const { db } = ctx;
  const rfm = bookRfm(ctx, asOf);
  const drafts: Draft[] = [
    ...byGroup(rfm, 'cantLoseThem'),
    ...byGroup(rfm, 'atRisk'),
    ...unansweredDetractors(db, asOf).slice(0, PER_KIND).map((row) => item('detractor', row, { score: row.score, date: row.date })),
    ...leftWithoutSuccessor(db, asOf).slice(0, PER_KIND).map((row) => item('leftCompany', row, { company: row.company, date: row.left_company_at.slice(0, 10) })),
    ...celebrations(ctx.db, asOf),
    ...withoutTouchpoint(rfm, lastTouchpoints(db, asOf), asOf),
  ];
  // missing names (the RFM kinds come from the cache, which holds no names)
  const names = namedCustomers(db, drafts.filter((d) => d.name === '').map((d) => d.customerId));
  const named = drafts.map((d) => (d.name === '' && names.has(d.customerId) ? { ...d, name: nameOf(names.get(d.customerId)!) } : d));
  // stable: within a kind the order each list was built in
  const ordered = named
    .map((draft, index) => ({ draft, index }))
    .sort((a, b) => rankOf(a.draft.kind) - rankOf(b.draft.kind) || (a.draft.facts.inDays ?? 0) - (b.draft.facts.inDays ?? 0) || a.index - b.index)
    .slice(0, MAX_ITEMS);
  return { asOf, items: ordered.map(({ draft }, i) => ({ ...draft, priority: ordered.length - i })) };
};

function nameOf(row: NamedRow): string {
  return displayName({ firstName: row.first_name, lastName: row.last_name, company: row.company, email: row.email });
}

function item(kind: AttentionKind, row: NamedRow, facts: Draft['facts']): Draft {
  return { kind, customerId: row.id, name: nameOf(row), facts };
}

function byGroup(rfm: ReadonlyMap<string, CustomerRfm>, group: 'cantLoseThem' | 'atRisk'): Draft[] {
  return [...rfm]
    .filter(([, scores]) => scores.group === group)
    .sort(([idA, a], [idB, b]) => b.spent - a.spent || (idA < idB ? -1 : 1))
    .slice(0, PER_KIND)
    .map(([customerId, scores]) => ({ kind: group, customerId, name: '', facts: { days: scores.recencyDays, spent: scores.spent } }));
}

/** The next DAYS_AHEAD days by 'MM-DD' (shared/logic/calendar.ts). */
const daysAhead = (asOf: string) => monthDaysAhead(asOf, DAYS_AHEAD);

function celebrations(db: Parameters<typeof birthdaysOn>[0], asOf: string): Draft[] {
  const ahead = daysAhead(asOf);
  const monthDays = [...ahead.keys()];
  const birthdays = birthdaysOn(db, monthDays)
    .map((row) => item('birthday', row, { inDays: ahead.get(row.month_day)!.inDays, date: ahead.get(row.month_day)!.date }))
    .sort((a, b) => a.facts.inDays! - b.facts.inDays!)
    .slice(0, PER_KIND);
  const anniversaries = customerSinceOn(db, monthDays)
    .map((row) => {
      const day = ahead.get(row.customer_since.slice(5, 10))!;
      return item('anniversary', row, { inDays: day.inDays, date: day.date, years: Number(day.date.slice(0, 4)) - Number(row.customer_since.slice(0, 4)) });
    })
    .filter((d) => d.facts.years! >= 1)
    .sort((a, b) => a.facts.inDays! - b.facts.inDays!)
    .slice(0, PER_KIND);
  return [...birthdays, ...anniversaries];
}

function withoutTouchpoint(rfm: ReadonlyMap<string, CustomerRfm>, last: Map<string, string>, asOf: string): Draft[] {
  const today = Date.parse(`${asOf}T00:00:00Z`);
  return [...rfm]
    .filter(([, scores]) => scores.m >= 4)
    .map(([customerId, scores]) => {
      const date = last.get(customerId);
      const days = date === undefined ? undefined : Math.round((today - Date.parse(`${date}T00:00:00Z`)) / 86_400_000);
      return { customerId, scores, days };
    })
    .filter(({ days }) => days === undefined || days >= NO_TOUCHPOINT_DAYS)
    .sort((a, b) => b.scores.m - a.scores.m || b.scores.spent - a.scores.spent || (a.customerId < b.customerId ? -1 : 1))
    .slice(0, PER_KIND)
    .map(({ customerId, scores, days }) => ({ kind: 'noTouchpoint' as const, customerId, name: '', facts: { ...(days !== undefined && { days }), spent: scores.spent } }));
}

export const attentionHandlers = {
  'attention.list': list,
};
