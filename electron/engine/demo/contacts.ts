import type { TOUCHPOINT_MEDIA } from '../../../shared/domain/timeline';
import { COMMENTS, TOUCHPOINTS, type TouchpointText } from './catalogue';
import type { Plan } from './customers';
import { DAY_MS, type History, isoDay, timeOn } from './days';
import type { Bought, Out } from './purchases';

/** The demo customers' touchpoints and feedback, following from what they bought. */

type Medium = (typeof TOUCHPOINT_MEDIA)[number];
type Department = 'sales' | 'after-sales' | 'support' | 'accounting';

function touch(out: Out, customerId: string, day: number, medium: Medium, department: Department, direction: 'inbound' | 'outbound', texts: readonly TouchpointText[]): void {
  if (day > out.history.today || day < out.history.start) return;
  const text = out.rng.pick(texts);
  out.touchpoints.add([out.rng.uuid(), customerId, isoDay(day), medium, department, direction, text.summary, out.rng.pick(text.outcomes), timeOn(out.rng, day)]);
}

export function writeTouchpoints(out: Out, plan: Plan, bought: Bought): void {
  const { rng, history } = out;
  const id = plan.id;
  const activeUntil = plan.lapsed ? plan.endDay : history.today;
  if (plan.style === 'wholesale') {
    const local = plan.country.country === 'DK';
    if (plan.sinceDay >= history.start) touch(out, id, plan.sinceDay + rng.int(3, 12), local ? 'visit' : 'phone', 'after-sales', 'outbound', TOUCHPOINTS.onboarding);
    for (let day = Math.max(plan.sinceDay, history.start) + rng.int(20, 90); day < activeUntil; day += rng.int(80, 100)) {
      touch(out, id, day, local && rng.chance(0.7) ? 'visit' : rng.pick(['phone', 'email'] as const), 'sales', 'outbound', TOUCHPOINTS.accountReview);
    }
    for (const year of yearsIn(history)) {
      const day = Math.floor(Date.UTC(year, 11, rng.int(8, 18)) / DAY_MS);
      if (day > plan.sinceDay && day < activeUntil && !plan.fields.doNotContact) touch(out, id, day, 'gift', 'sales', 'outbound', TOUCHPOINTS.christmasGift);
    }
    if (rng.chance(0.5)) touch(out, id, rng.int(history.start, history.today), 'phone', 'support', 'inbound', TOUCHPOINTS.support);
    if (rng.chance(0.35)) touch(out, id, rng.int(history.start, history.today), 'email', 'accounting', rng.chance(0.7) ? 'outbound' : 'inbound', TOUCHPOINTS.accounting);
  } else {
    if (bought.first !== null && bought.first >= history.start && rng.chance(0.35)) touch(out, id, bought.first + rng.int(1, 4), 'letter', 'sales', 'outbound', TOUCHPOINTS.thankYouLetter);
    for (const day of bought.equipment) {
      if (rng.chance(0.6)) touch(out, id, day + rng.int(3, 10), rng.chance(0.5) ? 'phone' : 'email', 'after-sales', 'outbound', TOUCHPOINTS.afterSales);
    }
    if (rng.chance(0.08)) touch(out, id, rng.int(history.start, history.today), 'email', 'support', 'inbound', TOUCHPOINTS.support);
    if (rng.chance(0.12) && !plan.fields.doNotContact) touch(out, id, rng.int(history.start, history.today), 'event', 'sales', 'outbound', TOUCHPOINTS.event);
    if (rng.chance(0.07)) touch(out, id, rng.int(history.start, history.today), 'social', 'sales', 'inbound', TOUCHPOINTS.social);
  }
  if (plan.lapsed && !plan.fields.doNotContact && rng.chance(0.4)) touch(out, id, plan.endDay + rng.int(90, 150), 'email', 'sales', 'outbound', TOUCHPOINTS.winBack);
}

function yearsIn(history: History): number[] {
  const first = new Date(history.start * DAY_MS).getUTCFullYear();
  const last = new Date(history.today * DAY_MS).getUTCFullYear();
  const years: number[] = [];
  for (let year = first; year <= last; year++) years.push(year);
  return years;
}

// ── Feedback ─────────────────────────────────────────────────────────────────────────────────────────────────

export function writeFeedback(out: Out, plan: Plan, bought: Bought): void {
  const { rng, history } = out;
  if (bought.first === null || bought.last === null || !rng.chance(plan.style === 'wholesale' ? 0.55 : 0.3)) return;
  const answers = rng.chance(0.25) ? 2 : 1;
  for (let i = 0; i < answers; i++) {
    const day = Math.min(history.today, rng.int(bought.first, bought.last) + rng.int(1, 10));
    const mood = rng.weighted<'promoter' | 'passive' | 'detractor'>([['promoter', plan.ambassador || plan.referrals > 0 ? 90 : 52], ['passive', 29], ['detractor', plan.lapsed ? 45 : 19]]);
    const nps = mood === 'promoter' ? rng.int(9, 10) : mood === 'passive' ? rng.int(7, 8) : rng.weighted([[6, 30], [5, 25], [4, 15], [3, 12], [2, 8], [1, 5], [0, 5]]);
    const satisfaction = mood === 'promoter' ? rng.int(4, 5) : mood === 'passive' ? rng.int(3, 4) : rng.int(1, 3);
    const kind = rng.weighted([['nps', 60], ['both', 25], ['satisfaction', 15]]);
    const comment = rng.chance(0.55) ? rng.pick(COMMENTS[plan.country.language][mood]) : '';
    const source = rng.pick(plan.style === 'wholesale' ? ['Account review', 'Email survey'] : ['Email survey', 'Web shop review', 'After-sales call']);
    out.feedback.add([rng.uuid(), plan.id, isoDay(day), kind === 'satisfaction' ? null : nps, kind === 'nps' ? null : satisfaction, comment, source, timeOn(rng, day)]);
    if (mood === 'detractor' && rng.chance(0.6)) touch(out, plan.id, day + rng.int(1, 5), 'phone', 'after-sales', 'outbound', TOUCHPOINTS.feedbackFollowUp);
  }
}

export function writeLeaverHistory(out: Out, leaver: Plan, plans: Plan[]): void {
  const account = plans.find((plan) => plan.id === leaver.fields.successorId);
  const left = Math.floor(Date.parse(leaver.fields.leftCompanyAt) / DAY_MS);
  for (let day = out.history.start + 30; day < left; day += 91) touch(out, leaver.id, day, 'visit', 'sales', 'outbound', TOUCHPOINTS.accountReview);
  touch(out, leaver.id, left - 7, 'phone', 'sales', 'inbound', TOUCHPOINTS.farewell);
  if (account) touch(out, account.id, left + 5, 'visit', 'sales', 'outbound', TOUCHPOINTS.onboarding);
}
