import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../electron/engine/engine';
import { contract } from '../../../shared/contract/channels';
import type { Campaign, ContactPolicy, ScheduleAnswer, Touch, TouchListAnswer } from '../../../shared/domain/campaign';
import type { SegmentRules } from '../../../shared/domain/segment';
import { callParsed, engineWithWorkspace, trackedEngines } from '../../support/engines';

/**
 * campaigns.*, touches.*, policy.* (electron/engine/handlers/campaigns.ts) on a real workspace: plans kept and
 * changed, scheduled under the policy with the other active plans' touches and the timeline counted, touches done
 * (a touchpoint, or a gift logged) and reopened, a plan's progress and spend, and the refusals.
 */

const engines = trackedEngines();
const ASOF = '2026-03-02'; // a Monday
const UNKNOWN = '00000000-0000-4000-8000-000000000999';
const STEP_A = '00000000-0000-4000-8000-00000000000a';
const STEP_B = '00000000-0000-4000-8000-00000000000b';

const rules = (...inner: SegmentRules['rules']): SegmentRules => ({ kind: 'group', op: 'and', not: false, rules: inner });

function customer(e: Engine, fields: Record<string, unknown>): string {
  return callParsed(e, 'customers.create', { customer: fields }).id;
}
function plan(e: Engine, fields: Record<string, unknown>): Campaign {
  return callParsed(e, 'campaigns.create', { name: 'Thanks', startDate: ASOF, endDate: '2026-06-30', status: 'active', ...fields });
}
const schedule = (e: Engine, request: Record<string, unknown> = {}): ScheduleAnswer => callParsed(e, 'campaigns.schedule', { asOf: ASOF, ...request });
const touches = (e: Engine, request: Record<string, unknown> = {}): TouchListAnswer => callParsed(e, 'touches.list', { from: '2026-01-01', to: '2026-12-31', ...request });

async function book() {
  const e = await engineWithWorkspace(engines);
  const address = { street: 'Havnegade 4', postalCode: '8000', city: 'Aarhus' };
  const anna = customer(e, { firstName: 'Anna', lastName: 'Berg', tags: ['vip'], ...address });
  const bo = customer(e, { firstName: 'Bo', lastName: 'Dahl', tags: ['vip'], ...address, doNotContact: true });
  const cai = customer(e, { firstName: 'Cai', lastName: 'Eck', ...address });
  const vip = callParsed(e, 'segments.create', { name: 'VIP', rules: rules({ field: 'tags', op: 'hasAny', values: ['vip'] }) }).id;
  return { e, anna, bo, cai, vip };
}

const letterOn = (date: string, id = STEP_A) => ({ id, name: 'Spring letter', trigger: { kind: 'date', date }, channel: 'letter', costMinor: 1_200 });

describe('campaign plans', () => {
  it('are created, listed, changed, deleted and restored; a plan for a program that does not exist is refused', async () => {
    const { e, vip } = await book();
    const created = plan(e, { segmentIds: [vip], steps: [letterOn('2026-03-10')], budgetMinor: 50_000 });
    expect(created).toMatchObject({ name: 'Thanks', status: 'active', segmentIds: [vip], businessDaysOnly: true, budgetMinor: 50_000, programId: null });
    expect(created.progress).toEqual({ planned: 0, done: 0, skipped: 0, dropped: 0, spentMinor: 0, plannedCostMinor: 0 });
    const changed = callParsed(e, 'campaigns.update', { id: created.id, patch: { name: 'Spring thanks', status: 'draft' } });
    expect(changed).toMatchObject({ name: 'Spring thanks', status: 'draft', steps: created.steps });
    callParsed(e, 'campaigns.delete', { id: created.id });
    expect(callParsed(e, 'campaigns.list', {})).toEqual([]);
    expect(callParsed(e, 'campaigns.restore', { id: created.id }).name).toBe('Spring thanks');
    expect(() => plan(e, { programId: UNKNOWN })).toThrow(/program this plan is for does not exist/);
    expect(() => callParsed(e, 'campaigns.update', { id: UNKNOWN, patch: { name: 'x' } })).toThrow(/does not exist/);
  });

  it('refuses bad payloads: a period backwards, an unknown trigger or channel, two steps with one id', async () => {
    const { e } = await book();
    const schema = contract['campaigns.create'].request;
    for (const bad of [
      { name: 'x', startDate: '2026-05-01', endDate: '2026-04-01' },
      { name: 'x', startDate: ASOF, endDate: ASOF, steps: [{ ...letterOn(ASOF), trigger: { kind: 'whenever' } }] },
      { name: 'x', startDate: ASOF, endDate: ASOF, steps: [{ ...letterOn(ASOF), channel: 'fax' }] },
      { name: '', startDate: ASOF, endDate: ASOF },
      { name: 'x', startDate: '2026-13-01', endDate: ASOF },
    ])
      expect(schema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    expect(() => plan(e, { steps: [letterOn('2026-03-10'), letterOn('2026-03-11')] })).toThrow(/same id/);
  });
});

describe('campaigns.schedule', () => {
  it('places the segment members’ touches, leaves out the do-not-contact customer with its reason, and counts the cost', async () => {
    const { e, anna, bo, vip } = await book();
    const p = plan(e, { segmentIds: [vip], steps: [letterOn('2026-03-10')] });
    const answer = schedule(e, { campaignId: p.id });
    expect(answer.planned).toBe(1);
    expect(answer.dropped).toEqual([expect.objectContaining({ customerId: bo, reason: 'do-not-contact', campaignId: p.id })]);
    expect(answer.campaigns).toEqual([expect.objectContaining({ id: p.id, planned: 1, dropped: 1, costMinor: 1_200 })]);
    const list = touches(e);
    expect(list.touches).toEqual([expect.objectContaining({ customerId: anna, customerName: 'Anna Berg', date: '2026-03-10', triggerDate: '2026-03-10', status: 'planned', channel: 'letter', costMinor: 1_200 })]);
    expect(list.perDay).toEqual([{ date: '2026-03-10', count: 1 }]);
    expect(callParsed(e, 'campaigns.list', {})[0].progress).toMatchObject({ planned: 1, dropped: 1, plannedCostMinor: 1_200 });
  });

  it('is deterministic: scheduling twice gives the same touches, and save: false writes nothing', async () => {
    const { e, vip } = await book();
    const p = plan(e, { segmentIds: [vip], steps: [letterOn('2026-03-10')] });
    const dry = schedule(e, { campaignId: p.id, save: false });
    expect(dry.planned).toBe(1);
    expect(touches(e).total).toBe(0);
    schedule(e, { campaignId: p.id });
    const first = touches(e).touches;
    schedule(e, { campaignId: p.id });
    expect(touches(e).touches).toEqual(first);
  });

  it('moves a touch off a weekend and a Danish public holiday, and says why', async () => {
    const { e, anna, vip } = await book();
    // 2026-04-03 is Good Friday, 04-04/05 the weekend, 04-06 Easter Monday: the first business day is Tuesday 04-07.
    const p = plan(e, { segmentIds: [vip], steps: [letterOn('2026-04-03')] });
    const answer = schedule(e, { campaignId: p.id });
    expect(answer.moved).toEqual([expect.objectContaining({ customerId: anna, triggerDate: '2026-04-03', date: '2026-04-07', reasons: expect.arrayContaining(['holiday', 'weekend']) })]);
    expect(answer.closedDays).toEqual(expect.arrayContaining([{ date: '2026-04-03', name: 'Good Friday' }]));
  });

  it('counts the timeline and the other active plans: a second plan’s touch moves away from the first plan’s', async () => {
    const { e, anna, vip } = await book();
    callParsed(e, 'policy.update', { maxPer30Days: 5, minGapDays: 7 });
    const first = plan(e, { segmentIds: [vip], steps: [letterOn('2026-03-10')] });
    schedule(e, { campaignId: first.id });
    const second = plan(e, { name: 'Visits', segmentIds: [vip], steps: [{ ...letterOn('2026-03-12', STEP_B), channel: 'visit' }] });
    const answer = schedule(e, { campaignId: second.id });
    expect(answer.moved).toEqual([expect.objectContaining({ customerId: anna, campaignId: second.id, date: '2026-03-17', reasons: expect.arrayContaining(['gap']) })]);
    // A recorded touchpoint on the timeline counts too.
    callParsed(e, 'timeline.add', { customerId: anna, entry: { kind: 'touchpoint', date: '2026-03-24', medium: 'email', direction: 'outbound', summary: 'Newsletter' } });
    const third = plan(e, { name: 'Invitation', segmentIds: [vip], steps: [{ ...letterOn('2026-03-24', STEP_A), channel: 'event' }] });
    expect(schedule(e, { campaignId: third.id }).moved[0]).toMatchObject({ date: '2026-03-31', reasons: expect.arrayContaining(['gap']) });
  });

  it('without an id schedules every active plan together, not the drafts', async () => {
    const { e, vip } = await book();
    const active = plan(e, { segmentIds: [vip], steps: [letterOn('2026-03-10')] });
    plan(e, { name: 'Draft', status: 'draft', segmentIds: [vip], steps: [letterOn('2026-03-20', STEP_B)] });
    const answer = schedule(e);
    expect(answer.campaigns.map((c) => c.id)).toEqual([active.id]);
  });
});

describe('touches.due, touches.complete and touches.reopen', () => {
  it('lists what is due this week; done records a touchpoint on the timeline, reopen removes it; progress and spend follow', async () => {
    const { e, anna, vip } = await book();
    const p = plan(e, { segmentIds: [vip], steps: [letterOn('2026-03-04')] });
    schedule(e, { campaignId: p.id });
    const due: Touch[] = callParsed(e, 'touches.due', { asOf: ASOF, days: 7 });
    expect(due.map((t) => t.customerId)).toEqual([anna]);
    expect(callParsed(e, 'touches.complete', { ids: [due[0]!.id], outcome: 'done', date: '2026-03-04' })).toEqual({ updated: 1 });
    const timeline = callParsed(e, 'timeline.list', { customerId: anna });
    const entries = JSON.stringify(timeline);
    expect(entries).toContain('Thanks: Spring letter');
    expect(callParsed(e, 'touches.due', { asOf: ASOF, days: 7 })).toEqual([]);
    expect(callParsed(e, 'campaigns.list', {})[0].progress).toMatchObject({ done: 1, planned: 0, spentMinor: 1_200 });
    // Scheduling again keeps the done touch and does not plan its step again for that day.
    schedule(e, { campaignId: p.id });
    expect(touches(e).touches.map((t) => t.status)).toEqual(['done']);
    expect(callParsed(e, 'touches.reopen', { ids: [due[0]!.id] })).toEqual({ updated: 1 });
    expect(JSON.stringify(callParsed(e, 'timeline.list', { customerId: anna }))).not.toContain('Thanks: Spring letter');
    expect(touches(e).touches.map((t) => t.status)).toEqual(['planned']);
  });

  it('skipping needs a reason; a gift step logs the gift (one off the stock) and reopening puts it back', async () => {
    const { e, anna, vip } = await book();
    const mug = callParsed(e, 'gifts.create', { name: 'Mug', unitCostMinor: 4_000, stock: 3 }).id;
    const p = plan(e, { segmentIds: [vip], steps: [{ ...letterOn('2026-03-04'), channel: 'gift', giftId: mug }] });
    expect(schedule(e, { campaignId: p.id }).campaigns[0]!.costMinor).toBe(5_200);
    const [touch] = callParsed(e, 'touches.due', { asOf: ASOF }) as Touch[];
    expect(contract['touches.complete'].request.safeParse({ ids: [touch!.id], outcome: 'skipped', date: ASOF }).success).toBe(false);
    callParsed(e, 'touches.complete', { ids: [touch!.id], outcome: 'done', date: '2026-03-04' });
    expect(callParsed(e, 'gifts.log', { customerId: anna })).toEqual([expect.objectContaining({ giftName: 'Mug', date: '2026-03-04' })]);
    expect(callParsed(e, 'gifts.list', {})[0].stock).toBe(2);
    callParsed(e, 'touches.reopen', { ids: [touch!.id] });
    expect(callParsed(e, 'gifts.log', { customerId: anna })).toEqual([]);
    expect(callParsed(e, 'gifts.list', {})[0].stock).toBe(3);
    callParsed(e, 'touches.complete', { ids: [touch!.id], outcome: 'skipped', date: ASOF, note: 'Moved away' });
    expect(touches(e).touches[0]).toMatchObject({ status: 'skipped', note: 'Moved away' });
  });

  it('refuses touches that do not exist', async () => {
    const { e } = await book();
    expect(() => callParsed(e, 'touches.complete', { ids: ['nope'], outcome: 'done', date: ASOF })).toThrow(/do not exist/);
  });
});

describe('policy.get and policy.update', () => {
  it('starts from the default with the profile’s country’s holidays, keeps changes, refuses bad ones', async () => {
    const { e } = await book();
    const start: ContactPolicy = callParsed(e, 'policy.get', {});
    expect(start).toMatchObject({ maxPer30Days: 2, minGapDays: 7, holidayCountry: 'DK', quietPeriods: [] });
    const changed = callParsed(e, 'policy.update', { maxPer30Days: 3, quietPeriods: [{ name: 'Summer', from: '07-01', to: '07-31' }] });
    expect(changed).toMatchObject({ maxPer30Days: 3, minGapDays: 7, quietPeriods: [{ name: 'Summer', from: '07-01', to: '07-31' }] });
    expect(callParsed(e, 'policy.get', {})).toEqual(changed);
    const schema = contract['policy.update'].request;
    for (const bad of [{ maxPer30Days: 0 }, { minGapDays: -1 }, { quietPeriods: [{ from: '7-1', to: '07-31' }] }, { closedDays: ['tomorrow'] }, { holidayCountry: 'Denmark' }, { unknown: 1 }])
      expect(schema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });
});

describe('touches of a plan that is not active', () => {
  it('are not due: a plan set back to draft leaves the this-week list', async () => {
    const { e, vip } = await book();
    const p = plan(e, { segmentIds: [vip], steps: [letterOn('2026-03-04')] });
    schedule(e, { campaignId: p.id });
    expect(callParsed(e, 'touches.due', { asOf: ASOF })).toHaveLength(1);
    callParsed(e, 'campaigns.update', { id: p.id, patch: { status: 'draft' } });
    expect(callParsed(e, 'touches.due', { asOf: ASOF })).toEqual([]);
  });
});
