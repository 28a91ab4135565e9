import type { DropReason, DroppedTouch, MoveReason, MovedTouch } from '../../domain/campaign';
import type { ProgramChannel } from '../../domain/program';
import { consentMedium, unreachableReason } from '../reachability';
import { type DayNumber, DayLabels, isWeekend, monthDayOf, parseDay, parseMonthDay } from './days';
import { type Candidate, expandFor, keptIndex } from './expand';
import type { PlacedTouch, ScheduleCustomer, ScheduleInput, ScheduleResult } from './types';

/**
 * Places every plan's touches for every customer together under the one contact policy. Per customer, in a fixed
 * order (trigger day, plan id, step id), each candidate goes to the first day from its trigger day on, within its
 * trigger's allowance and the plan's end, that is allowed:
 * - not a weekend, public holiday or closed day when the plan keeps to business days; never in a quiet period;
 * - no 30-day window holding it would hold more than the policy's touches, all channels together or its own
 *   channel (touchpoints already on the timeline count, and so do touches placed before it);
 * - at least the policy's gap from every other touch.
 * A customer who may not be contacted on the channel (do not contact, left the company, no consent, no address…)
 * gets none: dropped with the reason; so is a touch no day fits. Deterministic: the same input in any order gives
 * the same answer.
 */

const WINDOW = 30;

/** The touches one customer already has (recorded and placed), all channels and per channel. */
class Busy {
  readonly all: DayNumber[] = [];
  readonly byChannel = new Map<string, DayNumber[]>();

  add(day: DayNumber, channel: string): void {
    this.all.push(day);
    const days = this.byChannel.get(channel);
    if (days) days.push(day);
    else this.byChannel.set(channel, [day]);
  }
}

/** Whether adding `day` to `days` would put more than `max` into some 30-day window that holds `day`. */
export function breaksWindow(days: readonly DayNumber[], day: DayNumber, max: number): boolean {
  // A window holding `day` starts between day − 29 and day; it is fullest just as its right edge reaches a touch,
  // so it is enough to try day − 29 and the starts whose window ends on a later touch within 29 days.
  const starts = [day - WINDOW + 1];
  for (const d of days) if (d > day && d <= day + WINDOW - 1) starts.push(d - WINDOW + 1);
  for (const s of starts) {
    let count = 1;
    for (const d of days) if (d >= s && d <= s + WINDOW - 1) count++;
    if (count > max) return true;
  }
  return false;
}

export function scheduleTouches(input: ScheduleInput): ScheduleResult {
  const { policy } = input;
  const asOf = parseDay(input.asOf);
  const labels = new DayLabels();
  const kept = keptIndex(input.kept);
  const ownClosed = new Set(policy.closedDays.map(parseDay));
  const closed = new Map<DayNumber, MoveReason>();
  for (const [date, name] of input.closedDays) closed.set(parseDay(date), ownClosed.has(parseDay(date)) || name === 'Closed' ? 'closed' : 'holiday');
  for (const day of ownClosed) closed.set(day, 'closed');
  const quiet = policy.quietPeriods.map((q) => [parseMonthDay(q.from), parseMonthDay(q.to)] as const).filter(([a, b]) => !Number.isNaN(a) && !Number.isNaN(b));
  const isQuiet = (day: DayNumber) => {
    if (quiet.length === 0) return false;
    const md = monthDayOf(day);
    return quiet.some(([from, to]) => (from <= to ? md >= from && md <= to : md >= from || md <= to));
  };
  const plans = [...input.plans].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const customers = [...input.customers].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const placed: PlacedTouch[] = [];
  const moved: MovedTouch[] = [];
  const dropped: DroppedTouch[] = [];

  const blockOf = (day: DayNumber, candidate: Candidate, busy: Busy): MoveReason | null => {
    if (isQuiet(day)) return 'quiet';
    if (candidate.plan.businessDaysOnly) {
      if (closed.has(day)) return closed.get(day)!;
      if (isWeekend(day)) return 'weekend';
    } else if (ownClosed.has(day)) return 'closed';
    if (breaksWindow(busy.all, day, policy.maxPer30Days)) return 'overall-limit';
    const perChannel = policy.maxPer30DaysByChannel[candidate.step.channel];
    if (perChannel !== null && perChannel !== undefined && breaksWindow(busy.byChannel.get(candidate.step.channel) ?? [], day, perChannel)) return 'channel-limit';
    if (policy.minGapDays > 0 && busy.all.some((d) => Math.abs(d - day) < policy.minGapDays)) return 'gap';
    return null;
  };

  for (const customer of customers) {
    const candidates = expandFor(customer, plans, asOf, kept);
    if (candidates.length === 0) continue;
    candidates.sort((a, b) => a.trigger - b.trigger || (a.plan.id < b.plan.id ? -1 : a.plan.id > b.plan.id ? 1 : 0) || (a.step.id < b.step.id ? -1 : a.step.id > b.step.id ? 1 : 0));
    const busy = new Busy();
    for (const r of customer.recorded) {
      const day = parseDay(r.date);
      if (!Number.isNaN(day)) busy.add(day, r.channel);
    }
    for (const candidate of candidates) place(customer, candidate, busy);
  }
  return { placed, moved, dropped };

  function place(customer: ScheduleCustomer, candidate: Candidate, busy: Busy): void {
    const channel: ProgramChannel = candidate.step.channel;
    const medium = consentMedium(channel);
    const unreachable = unreachableReason(
      { doNotContact: customer.doNotContact, leftCompany: customer.leftCompany, consent: medium === 'email' ? customer.consent.email : medium === 'phone' ? customer.consent.phone : medium === 'post' ? customer.consent.post : null,
        hasPostalAddress: customer.hasPostalAddress, hasEmail: customer.hasEmail, hasPhone: customer.hasPhone },
      channel,
    );
    const triggerDate = labels.of(candidate.trigger);
    const base = { campaignId: candidate.plan.id, stepId: candidate.step.id, customerId: customer.id, customerName: customer.name, channel, triggerDate };
    if (unreachable) {
      const reason: DropReason = unreachable === 'no-postal-address' || unreachable === 'no-email' || unreachable === 'no-phone' ? 'no-contact-detail' : unreachable;
      dropped.push({ ...base, reason, blockers: [] });
      return;
    }
    const reasons: MoveReason[] = [];
    let outsidePlan = false;
    for (let day = candidate.trigger; day <= candidate.trigger + candidate.allowance; day++) {
      if (day < asOf) continue;
      if (day > candidate.windowEnd) {
        outsidePlan = true;
        break;
      }
      const block = blockOf(day, candidate, busy);
      if (block === null) {
        busy.add(day, channel);
        const date = labels.of(day);
        placed.push({ id: `${candidate.plan.id}:${candidate.step.id}:${customer.id}:${triggerDate}`, campaignId: candidate.plan.id, stepId: candidate.step.id, customerId: customer.id, channel, triggerDate, date });
        if (day !== candidate.trigger) moved.push({ ...base, date, reasons });
        return;
      }
      if (!reasons.includes(block)) reasons.push(block);
    }
    dropped.push({ ...base, reason: outsidePlan ? 'outside-plan' : 'no-room', blockers: reasons });
  }
}
