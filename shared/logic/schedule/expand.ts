import { MOVE_ALLOWANCE_DAYS, type Step } from '../../domain/campaign';
import { type DayNumber, occurrenceIn, parseDay, parseMonthDay, yearOf } from './days';
import type { KeptTouch, ScheduleCustomer, SchedulePlan } from './types';

/**
 * A plan's steps for one customer as candidate touches: the day each trigger asks for within the plan's window
 * (from its start or the schedule's day, whichever is later, to its end), and how far it may move. Triggers:
 * - date: that day; afterPurchase: each purchase day + N; afterFirstPurchase: the first purchase + N, once;
 * - beforeBirthday / beforeAnniversary: each yearly occurrence − N (29 February falls on 1 March in other years;
 *   an anniversary only from the first one on);
 * - lapsed: the day N days after a purchase with no purchase in between, once per lapse; a lapse that began
 *   before the window and still lasts asks for the window's first day;
 * - entersSegment: a member of the step's segment, on the window's first day, once (Rapport keeps no history of
 *   memberships, so "entering" is being a member when the plan is scheduled and not having had the step).
 * A trigger day that a kept (done or skipped) touch of the same step already covers is not asked again.
 */

export interface Candidate {
  plan: SchedulePlan;
  step: Step;
  trigger: DayNumber;
  allowance: number;
  windowEnd: DayNumber;
}

/** Kept touches by `plan:step:customer`, with their trigger days. */
export type KeptIndex = ReadonlyMap<string, readonly DayNumber[]>;

export function keptIndex(kept: readonly KeptTouch[]): KeptIndex {
  const index = new Map<string, DayNumber[]>();
  for (const k of kept) {
    const key = `${k.campaignId}:${k.stepId}:${k.customerId}`;
    const days = index.get(key);
    if (days) days.push(parseDay(k.triggerDate));
    else index.set(key, [parseDay(k.triggerDate)]);
  }
  return index;
}

/** Distinct purchase days, ascending (the input is sorted; duplicates allowed). */
function purchaseDays(customer: ScheduleCustomer): DayNumber[] {
  const days: DayNumber[] = [];
  for (const date of customer.purchaseDates) {
    const day = parseDay(date);
    if (Number.isNaN(day)) continue;
    if (days.length === 0 || days[days.length - 1] !== day) days.push(day);
  }
  return days;
}

function yearly(monthDayText: string, fromYear: number | null, before: number, start: DayNumber, end: DayNumber, out: DayNumber[]): void {
  const monthDay = parseMonthDay(monthDayText);
  if (Number.isNaN(monthDay)) return;
  for (let year = yearOf(start); year <= yearOf(end) + 1; year++) {
    if (fromYear !== null && year <= fromYear) continue;
    const day = occurrenceIn(year, monthDay) - before;
    if (day >= start && day <= end) out.push(day);
  }
}

export function expandFor(customer: ScheduleCustomer, plans: readonly SchedulePlan[], asOf: DayNumber, kept: KeptIndex): Candidate[] {
  const candidates: Candidate[] = [];
  let purchases: DayNumber[] | null = null;
  for (const plan of plans) {
    if (!plan.members.has(customer.id)) continue;
    const start = Math.max(parseDay(plan.startDate), asOf);
    const end = parseDay(plan.endDate);
    if (!(start <= end)) continue;
    for (const step of plan.steps) {
      const keptDays = kept.get(`${plan.id}:${step.id}:${customer.id}`);
      const days: DayNumber[] = [];
      const trigger = step.trigger;
      switch (trigger.kind) {
        case 'date': {
          const day = parseDay(trigger.date);
          if (day >= start && day <= end) days.push(day);
          break;
        }
        case 'afterPurchase':
          purchases ??= purchaseDays(customer);
          for (const p of purchases) if (p + trigger.days >= start && p + trigger.days <= end) days.push(p + trigger.days);
          break;
        case 'afterFirstPurchase': {
          purchases ??= purchaseDays(customer);
          const first = purchases[0];
          if (first !== undefined && !keptDays && first + trigger.days >= start && first + trigger.days <= end) days.push(first + trigger.days);
          break;
        }
        case 'beforeBirthday':
          if (customer.birthday) yearly(customer.birthday, null, trigger.days, start, end, days);
          break;
        case 'beforeAnniversary':
          if (customer.customerSince) yearly(customer.customerSince, yearOf(parseDay(customer.customerSince)), trigger.days, start, end, days);
          break;
        case 'lapsed': {
          purchases ??= purchaseDays(customer);
          for (let i = 0; i < purchases.length; i++) {
            const lapse = purchases[i]! + trigger.days;
            const next = purchases[i + 1];
            if (next !== undefined && next <= lapse) continue; // bought again in time: no lapse
            if (next !== undefined && next <= start) continue; // the lapse ended before the window
            const day = Math.max(lapse, start);
            if (day > end) continue;
            // a kept touch for this lapse (between its start and the next purchase) covers it
            if (keptDays?.some((k) => k >= lapse && (next === undefined || k < next))) continue;
            days.push(day);
          }
          break;
        }
        case 'entersSegment':
          if (!keptDays && plan.segmentMembers.get(trigger.segmentId)?.has(customer.id)) days.push(start);
          break;
      }
      for (const day of days) {
        if (keptDays?.includes(day)) continue;
        candidates.push({ plan, step, trigger: day, allowance: MOVE_ALLOWANCE_DAYS[trigger.kind], windowEnd: end });
      }
    }
  }
  return candidates;
}
