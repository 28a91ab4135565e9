import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ContactPolicy, DEFAULT_CONTACT_POLICY, MOVE_ALLOWANCE_DAYS, type Step } from '../../../../shared/domain/campaign';
import { PROGRAM_CHANNELS, type ProgramChannel } from '../../../../shared/domain/program';
import { unreachableReason } from '../../../../shared/logic/reachability';
import { breaksWindow, expandFor, scheduleTouches } from '../../../../shared/logic/schedule';
import { formatDay, parseDay } from '../../../../shared/logic/schedule/days';
import { keptIndex } from '../../../../shared/logic/schedule/expand';
import type { ScheduleCustomer, ScheduleInput, SchedulePlan } from '../../../../shared/logic/schedule/types';

/**
 * The scheduler (shared/logic/schedule/place.ts): worked examples, then properties over random customers,
 * timelines, plans and policies — nobody over the policy in any 30-day window (overall or per channel, recorded
 * touches counted), the gap kept, nothing to an unreachable customer, nothing moved past its allowance, before the
 * schedule's day or after the plan's end, every candidate placed or dropped with a reason, and the same answer
 * whatever the order of the input.
 */

const ASOF = '2026-03-02'; // a Monday
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function customer(n: number, fields: Partial<ScheduleCustomer> = {}): ScheduleCustomer {
  return {
    id: id(n), name: `C${n}`, birthday: '', customerSince: '', purchaseDates: [], doNotContact: false, leftCompany: false,
    consent: { email: 'granted', post: null, phone: null }, hasPostalAddress: true, hasEmail: true, hasPhone: true, recorded: [], ...fields,
  };
}
const step = (n: number, trigger: Step['trigger'], channel: ProgramChannel = 'letter'): Step => ({ id: id(1000 + n), name: `S${n}`, trigger, channel, templateId: null, giftId: null, costMinor: 0 });
function plan(n: number, steps: Step[], members: string[], fields: Partial<SchedulePlan> = {}): SchedulePlan {
  return { id: id(500 + n), name: `P${n}`, startDate: ASOF, endDate: '2026-12-31', businessDaysOnly: true, steps, members: new Set(members), segmentMembers: new Map(), ...fields };
}
const input = (fields: Partial<ScheduleInput>): ScheduleInput => ({ asOf: ASOF, plans: [], customers: [], policy: DEFAULT_CONTACT_POLICY, closedDays: new Map(), kept: [], ...fields });

describe('worked examples', () => {
  it('places each trigger on its day: a date, after each purchase, after the first, before a birthday and an anniversary', () => {
    const c = customer(1, { purchaseDates: ['2026-03-03', '2026-03-03', '2026-05-04'], birthday: '--06-19', customerSince: '2020-09-15' });
    const steps = [
      step(1, { kind: 'date', date: '2026-03-10' }),
      step(2, { kind: 'afterPurchase', days: 2 }, 'email'),
      step(3, { kind: 'afterFirstPurchase', days: 30 }, 'phone'),
      step(4, { kind: 'beforeBirthday', days: 3 }, 'gift'),
      step(5, { kind: 'beforeAnniversary', days: 1 }, 'visit'),
    ];
    const policy: ContactPolicy = { ...DEFAULT_CONTACT_POLICY, maxPer30Days: 30, minGapDays: 0, maxPer30DaysByChannel: { letter: null, email: null, phone: null, visit: null, gift: null, event: null } };
    const result = scheduleTouches(input({ plans: [plan(1, steps, [c.id])], customers: [c], policy }));
    expect(result.placed.map((t) => [t.channel, t.triggerDate, t.date])).toEqual([
      ['email', '2026-03-05', '2026-03-05'],
      ['letter', '2026-03-10', '2026-03-10'],
      ['phone', '2026-04-02', '2026-04-02'],
      ['email', '2026-05-06', '2026-05-06'],
      ['gift', '2026-06-16', '2026-06-16'],
      ['visit', '2026-09-14', '2026-09-14'],
    ]);
    expect(result.dropped).toEqual([]);
  });

  it('a 29 February birthday falls on 1 March in a year without it; a lapse asks once, on the day N days after the last purchase', () => {
    const c = customer(1, { birthday: '2000-02-29', purchaseDates: ['2025-01-10', '2026-02-01'] });
    const steps = [step(1, { kind: 'beforeBirthday', days: 0 }), step(2, { kind: 'lapsed', days: 60 }, 'visit')];
    const result = scheduleTouches(input({ plans: [plan(1, steps, [c.id], { startDate: '2026-02-01', endDate: '2027-06-30', businessDaysOnly: false })], customers: [c] }));
    // 2027-03-01 is the 29 Feb birthday in 2027; the lapse of the 2025 purchase ended with the 2026 one, before the plan.
    expect(result.placed.map((t) => [t.stepId, t.triggerDate])).toEqual([[id(1002), '2026-04-02'], [id(1001), '2027-03-01']]);
  });

  it('moves off weekends, holidays, closed days and quiet periods (over the new year too), with every reason in order', () => {
    const c = customer(1);
    const policy: ContactPolicy = { ...DEFAULT_CONTACT_POLICY, closedDays: ['2026-12-28'], quietPeriods: [{ name: 'Holidays', from: '12-29', to: '01-02' }] };
    const closedDays = new Map([['2026-12-24', 'Christmas Eve'], ['2026-12-25', 'Christmas Day']]);
    const p = plan(1, [step(1, { kind: 'date', date: '2026-12-24' })], [c.id], { endDate: '2027-01-31' });
    const result = scheduleTouches(input({ plans: [p], customers: [c], policy, closedDays }));
    // 24, 25 holidays; 26, 27 weekend; 28 closed; 29–31 quiet: the allowance of 7 days ends on the 31st.
    expect(result.dropped).toEqual([expect.objectContaining({ reason: 'no-room', blockers: ['holiday', 'weekend', 'closed', 'quiet'] })]);
    const later = scheduleTouches(input({ plans: [{ ...p, steps: [step(1, { kind: 'date', date: '2026-12-18' })] }], customers: [c], policy, closedDays }));
    expect(later.placed[0]!.date).toBe('2026-12-18');
  });

  it('keeps the limits and the gap against recorded touches, and drops beyond the allowance', () => {
    const c = customer(1, { recorded: [{ date: '2026-03-09', channel: 'letter' }] });
    const policy: ContactPolicy = { ...DEFAULT_CONTACT_POLICY, maxPer30Days: 2, minGapDays: 3 };
    const steps = [step(1, { kind: 'date', date: '2026-03-10' }), step(2, { kind: 'date', date: '2026-03-10' }, 'email'), step(3, { kind: 'date', date: '2026-03-11' }, 'visit')];
    const result = scheduleTouches(input({ plans: [plan(1, steps, [c.id])], customers: [c], policy }));
    // The letter waits for the channel's limit (one a month after the recorded letter) and cannot: dropped.
    expect(result.dropped.find((d) => d.stepId === id(1001))).toMatchObject({ reason: 'no-room', blockers: expect.arrayContaining(['channel-limit']) });
    // The email moves 3 days away from the recorded letter.
    expect(result.moved.find((m) => m.stepId === id(1002))).toMatchObject({ date: '2026-03-12', reasons: ['gap'] });
    // The visit would be the third in 30 days: no room.
    expect(result.dropped.find((d) => d.stepId === id(1003))).toMatchObject({ reason: 'no-room', blockers: expect.arrayContaining(['overall-limit']) });
  });

  it('drops with the reason for do-not-contact, no consent and a missing address; an email needs a granted consent', () => {
    const customers = [
      customer(1, { doNotContact: true }),
      customer(2, { consent: { email: null, post: null, phone: null } }),
      customer(3, { hasPostalAddress: false }),
      customer(4, { consent: { email: 'granted', post: 'withdrawn', phone: null } }),
    ];
    const p = plan(1, [step(1, { kind: 'date', date: '2026-03-10' }, 'email'), step(2, { kind: 'date', date: '2026-03-20' }, 'letter')], customers.map((c) => c.id));
    const result = scheduleTouches(input({ plans: [p], customers, policy: { ...DEFAULT_CONTACT_POLICY, maxPer30Days: 5 } }));
    expect(result.dropped.map((d) => [d.customerName, d.channel, d.reason])).toEqual([
      ['C1', 'email', 'do-not-contact'], ['C1', 'letter', 'do-not-contact'], ['C2', 'email', 'no-consent'], ['C3', 'letter', 'no-contact-detail'], ['C4', 'letter', 'no-consent'],
    ]);
  });

  it('a kept touch of a step is not planned again', () => {
    const c = customer(1);
    const p = plan(1, [step(1, { kind: 'date', date: '2026-03-10' })], [c.id]);
    const kept = [{ campaignId: p.id, stepId: id(1001), customerId: c.id, triggerDate: '2026-03-10', date: '2026-03-10', channel: 'letter' as const, status: 'skipped' as const }];
    expect(scheduleTouches(input({ plans: [p], customers: [c], kept })).placed).toEqual([]);
  });
});

// ---------------------------------------------------------------- properties

const dayIn = (from: string, span: number) => fc.integer({ min: 0, max: span }).map((n) => formatDay(parseDay(from) + n));
const consent = fc.constantFrom('granted', 'withdrawn', null);
const customerArb = (n: number) =>
  fc.record({
    birthday: fc.oneof(fc.constant(''), dayIn('1960-01-01', 20000), dayIn('2000-01-01', 365).map((d) => `--${d.slice(5)}`)),
    customerSince: fc.oneof(fc.constant(''), dayIn('2015-01-01', 4000)),
    purchaseDates: fc.array(dayIn('2025-01-01', 700), { maxLength: 8 }).map((d) => d.sort()),
    doNotContact: fc.boolean(),
    leftCompany: fc.boolean(),
    consent: fc.record({ email: consent, post: consent, phone: consent }),
    hasPostalAddress: fc.boolean(),
    hasEmail: fc.boolean(),
    hasPhone: fc.boolean(),
    recorded: fc.array(fc.record({ date: dayIn('2026-02-01', 200), channel: fc.constantFrom(...PROGRAM_CHANNELS, 'social' as const) }), { maxLength: 5 }),
  }).map((f) => customer(n, f));

const triggerArb: fc.Arbitrary<Step['trigger']> = fc.oneof(
  dayIn(ASOF, 200).map((date) => ({ kind: 'date' as const, date })),
  fc.integer({ min: 0, max: 40 }).map((days) => ({ kind: 'afterPurchase' as const, days })),
  fc.integer({ min: 0, max: 60 }).map((days) => ({ kind: 'afterFirstPurchase' as const, days })),
  fc.integer({ min: 0, max: 14 }).map((days) => ({ kind: 'beforeBirthday' as const, days })),
  fc.integer({ min: 0, max: 14 }).map((days) => ({ kind: 'beforeAnniversary' as const, days })),
  fc.integer({ min: 30, max: 200 }).map((days) => ({ kind: 'lapsed' as const, days })),
);
const limit = fc.option(fc.integer({ min: 1, max: 3 }), { nil: null });
const policyArb: fc.Arbitrary<ContactPolicy> = fc.record({
  maxPer30Days: fc.integer({ min: 1, max: 4 }),
  maxPer30DaysByChannel: fc.record({ letter: limit, email: limit, phone: limit, visit: limit, gift: limit, event: limit }),
  minGapDays: fc.integer({ min: 0, max: 10 }),
  quietPeriods: fc.array(fc.record({ name: fc.constant('q'), from: dayIn('2026-01-01', 364).map((d) => d.slice(5)), to: dayIn('2026-01-01', 364).map((d) => d.slice(5)) }), { maxLength: 1 }),
  closedDays: fc.array(dayIn(ASOF, 200), { maxLength: 4 }),
  holidayCountry: fc.constant(''),
});

const world = fc
  .record({
    customers: fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => customerArb(i + 1)))),
    plans: fc.array(
      fc.record({ steps: fc.array(fc.tuple(triggerArb, fc.constantFrom(...PROGRAM_CHANNELS)), { minLength: 1, maxLength: 4 }), businessDaysOnly: fc.boolean(), end: dayIn('2026-04-01', 200) }),
      { minLength: 1, maxLength: 3 },
    ),
    policy: policyArb,
  })
  .map(({ customers, plans, policy }) => ({
    policy,
    customers,
    plans: plans.map((p, i) => plan(i + 1, p.steps.map(([trigger, channel], j) => step(i * 10 + j, trigger, channel)), customers.map((c) => c.id), { businessDaysOnly: p.businessDaysOnly, endDate: p.end })),
  }));

const facts = (c: ScheduleCustomer, channel: ProgramChannel) =>
  unreachableReason({ ...c, consent: channel === 'email' ? c.consent.email : channel === 'phone' ? c.consent.phone : channel === 'visit' ? null : c.consent.post }, channel);

describe('properties', () => {
  it('nobody exceeds the policy in any 30-day window, overall or per channel, and the gap holds, recorded touches counted', () => {
    fc.assert(
      fc.property(world, ({ customers, plans, policy }) => {
        const { placed } = scheduleTouches(input({ customers, plans, policy }));
        for (const c of customers) {
          const mine = placed.filter((t) => t.customerId === c.id).map((t) => ({ day: parseDay(t.date), channel: t.channel as string }));
          const recorded = c.recorded.map((r) => ({ day: parseDay(r.date), channel: r.channel as string }));
          const all = [...recorded, ...mine];
          for (const t of mine) {
            for (let s = t.day - 29; s <= t.day; s++) {
              const inWindow = all.filter((x) => x.day >= s && x.day <= s + 29);
              // recorded touches alone may already be over the limit; what was placed never adds to an overfull window
              expect(inWindow.length <= policy.maxPer30Days || inWindow.filter((x) => mine.includes(x as never)).length === 0).toBe(true);
              const max = policy.maxPer30DaysByChannel[t.channel as ProgramChannel];
              if (max !== null) expect(inWindow.filter((x) => x.channel === t.channel).length).toBeLessThanOrEqual(Math.max(max, inWindow.filter((x) => x.channel === t.channel && !mine.includes(x as never)).length));
            }
            for (const x of all) if (x !== t) expect(Math.abs(x.day - t.day) >= policy.minGapDays).toBe(true);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never to a channel without consent, a missing detail or a do-not-contact customer; never past the allowance, before the day or after the end', () => {
    fc.assert(
      fc.property(world, ({ customers, plans, policy }) => {
        const { placed, moved } = scheduleTouches(input({ customers, plans, policy }));
        for (const t of placed) {
          const c = customers.find((x) => x.id === t.customerId)!;
          const p = plans.find((x) => x.id === t.campaignId)!;
          const s = p.steps.find((x) => x.id === t.stepId)!;
          expect(facts(c, t.channel)).toBeNull();
          expect(t.date >= ASOF && t.date >= t.triggerDate && t.date <= p.endDate).toBe(true);
          expect(parseDay(t.date) - parseDay(t.triggerDate)).toBeLessThanOrEqual(MOVE_ALLOWANCE_DAYS[s.trigger.kind]);
        }
        for (const m of moved) expect(m.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });

  it('every candidate is placed or dropped with a reason, and the answer does not depend on the order of the input', () => {
    fc.assert(
      fc.property(world, fc.integer(), ({ customers, plans, policy }, seed) => {
        const result = scheduleTouches(input({ customers, plans, policy }));
        const kept = keptIndex([]);
        const candidates = customers.reduce((n, c) => n + expandFor(c, plans, parseDay(ASOF), kept).length, 0);
        expect(result.placed.length + result.dropped.length).toBe(candidates);
        for (const d of result.dropped) expect(d.reason).toBeTruthy();
        const shuffle = <T>(list: T[]) => list.map((x, i) => ({ x, k: (i * 7919 + seed) % 101 })).sort((a, b) => a.k - b.k).map((e) => e.x);
        expect(scheduleTouches(input({ customers: shuffle([...customers]), plans: shuffle([...plans]), policy }))).toEqual(result);
      }),
      { numRuns: 150 },
    );
  });
});

describe('breaksWindow', () => {
  it('counts the fullest 30-day window holding the day', () => {
    const d = parseDay('2026-03-15');
    expect(breaksWindow([d - 29, d + 29], d, 2)).toBe(false);
    expect(breaksWindow([d - 29, d - 1], d, 2)).toBe(true);
    expect(breaksWindow([d - 30, d + 30], d, 1)).toBe(false);
    expect(breaksWindow([d + 29], d, 1)).toBe(true);
  });
});
