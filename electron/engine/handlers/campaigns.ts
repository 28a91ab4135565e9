import { type ContactPolicy, DEFAULT_CONTACT_POLICY, type ScheduleAnswer } from '../../../shared/domain/campaign';
import { RapportFailure } from '../../../shared/contract/result';
import { addDays } from '../../../shared/logic/calendar';
import { scheduleTouches } from '../../../shared/logic/schedule';
import type { PlacedTouch } from '../../../shared/logic/schedule/types';
import { campaignsWithStatus, insertCampaign, listCampaigns, markCampaignDeleted, readCampaign, restoreCampaign, updateCampaign } from '../store/campaigns';
import { readPolicy, writePolicy } from '../store/contact-policy';
import { deleteGiven, giveGift } from '../store/gifts';
import { dueTouches, keptTouches, listTouches, markTouch, plannedTouchDays, replacePlanned, touchesById } from '../store/touches';
import { publicHolidays } from '../writing/holidays';
import { readScheduleData } from '../writing/schedule-input';
import { memorySlot } from './memory';
import type { EngineHandler } from './types';

/**
 * campaigns.*, touches.*, policy.*: plans, the touches they expand into under the one contact policy, and running
 * them. Scheduling is pure (shared/logic/schedule); this module reads its input, writes its touches and words
 * nothing: the report goes to the screen as data.
 */

/** How many moved and dropped touches the answer lists (the counts are always complete). */
const REPORT_LIMIT = 2_000;

/** Touches dropped by the last schedule, per plan (the table keeps only touches that were placed). */
const droppedSlot = memorySlot<Map<string, number>>('campaigns.dropped');

const list: EngineHandler<'campaigns.list'> = ({ db, memory }) => listCampaigns(db, memory.get(droppedSlot));

const create: EngineHandler<'campaigns.create'> = ({ db, now, newId, memory }, input) => {
  const id = newId();
  insertCampaign(db, id, input, now());
  return readCampaign(db, id, memory.get(droppedSlot));
};

const update: EngineHandler<'campaigns.update'> = ({ db, now, memory }, { id, patch }) => {
  updateCampaign(db, id, patch, now());
  return readCampaign(db, id, memory.get(droppedSlot));
};

const remove: EngineHandler<'campaigns.delete'> = ({ db, now }, { id }) => {
  markCampaignDeleted(db, id, now());
  return { id };
};

const restore: EngineHandler<'campaigns.restore'> = ({ db, memory }, { id }) => {
  restoreCampaign(db, id);
  return readCampaign(db, id, memory.get(droppedSlot));
};

/** Public holidays of the policy's country and the business's own closed days, from asOf to the last plan's end. */
function closedDaysFor(policy: ContactPolicy, from: string, to: string): Map<string, string> {
  const days = publicHolidays(policy.holidayCountry, from, to);
  for (const day of policy.closedDays) if (day >= from && day <= to) days.set(day, 'Closed');
  return days;
}

const schedule: EngineHandler<'campaigns.schedule'> = ({ db, memory }, { campaignId, asOf, save }) => {
  const active = campaignsWithStatus(db, 'active');
  const plans = campaignId ? [readCampaign(db, campaignId)] : active;
  const others = active.filter((c) => !plans.some((p) => p.id === c.id));
  const policy = readPolicy(db);
  const last = plans.reduce((d, c) => (c.endDate > d ? c.endDate : d), asOf);
  const closedDays = closedDaysFor(policy, asOf, last);
  const data = readScheduleData(db, plans, asOf);
  // All plans together: the other active plans' planned touches stand as they are and count like recorded ones.
  if (others.length > 0) {
    const byId = new Map(data.customers.map((c) => [c.id, c]));
    for (const t of plannedTouchDays(db, others.map((o) => o.id), addDays(asOf, -60), addDays(last, 60))) byId.get(t.customerId)?.recorded.push({ date: t.date, channel: t.channel });
  }
  const result = scheduleTouches({ asOf, plans: data.plans, customers: data.customers, policy, closedDays, kept: keptTouches(db, plans.map((p) => p.id)) });

  const giftCost = new Map(db.all<{ id: string; unit_cost_minor: number }>('SELECT id, unit_cost_minor FROM gifts').map((g) => [g.id, g.unit_cost_minor]));
  const stepCost = new Map<string, number>();
  for (const plan of plans) for (const step of plan.steps) stepCost.set(`${plan.id}:${step.id}`, step.costMinor + (step.giftId ? giftCost.get(step.giftId) ?? 0 : 0));
  const costOf = (t: Pick<PlacedTouch, 'campaignId' | 'stepId'>) => stepCost.get(`${t.campaignId}:${t.stepId}`) ?? 0;
  if (save) replacePlanned(db, plans.map((p) => p.id), asOf, result.placed, costOf);

  const perPlan = new Map(plans.map((p) => [p.id, { id: p.id, name: p.name, planned: 0, moved: 0, dropped: 0, costMinor: 0 }]));
  for (const t of result.placed) {
    const entry = perPlan.get(t.campaignId)!;
    entry.planned++;
    entry.costMinor += costOf(t);
  }
  for (const t of result.moved) perPlan.get(t.campaignId)!.moved++;
  for (const t of result.dropped) perPlan.get(t.campaignId)!.dropped++;
  if (save) {
    const dropped = new Map(memory.get(droppedSlot) ?? []);
    for (const entry of perPlan.values()) dropped.set(entry.id, entry.dropped);
    memory.set(droppedSlot, dropped);
  }
  const lastTouch = result.placed.reduce((d, t) => (t.date > d ? t.date : d), asOf);
  const answer: ScheduleAnswer = {
    asOf,
    campaigns: [...perPlan.values()],
    planned: result.placed.length,
    moved: result.moved.slice(0, REPORT_LIMIT),
    dropped: result.dropped.slice(0, REPORT_LIMIT),
    movedCount: result.moved.length,
    droppedCount: result.dropped.length,
    reportLimit: REPORT_LIMIT,
    closedDays: [...closedDays].filter(([date]) => date <= lastTouch).map(([date, name]) => ({ date, name })).sort((a, b) => a.date.localeCompare(b.date)),
  };
  return answer;
};

const touchesList: EngineHandler<'touches.list'> = ({ db }, range) => listTouches(db, range);

const due: EngineHandler<'touches.due'> = ({ db }, { asOf, days }) => dueTouches(db, addDays(asOf, days - 1));

/**
 * Done: a touchpoint on the customer's timeline (the plan's and step's names as its summary), or for a gift step
 * with a catalogue gift, the gift logged (its touchpoint with it, one off the stock). Skipped: the reason kept.
 */
const complete: EngineHandler<'touches.complete'> = ({ db, now, newId }, { ids, outcome, date, note }) => {
  const found = touchesById(db, ids);
  if (found.length !== new Set(ids).size) throw new RapportFailure('not-found', 'Some of these touches do not exist (any more): schedule the plan again.', { ids });
  const at = now().toISOString();
  let updated = 0;
  for (const t of found) {
    if (t.status === 'done') continue;
    if (outcome === 'skipped') {
      markTouch(db, t.id, { status: 'skipped', note, touchpointId: '', givenId: '' });
      updated++;
      continue;
    }
    const step = (JSON.parse(t.steps) as Array<{ id: string; name: string; giftId: string | null }>).find((s) => s.id === t.step_id);
    const summary = `${t.name}: ${step?.name ?? 'step'}${note ? ` (${note})` : ''}`;
    if (t.channel === 'gift' && step?.giftId) {
      const ids2 = { given: newId(), touchpoint: newId() };
      giveGift(db, ids2, { customerId: t.customer_id, giftId: step.giftId, date, occasion: 'other', note: summary, reaction: 'none' }, now());
      markTouch(db, t.id, { status: 'done', note, touchpointId: ids2.touchpoint, givenId: ids2.given });
    } else {
      const touchpointId = newId();
      db.run("INSERT INTO touchpoints (id, customer_id, date, channel, department, direction, summary, created_at) VALUES (?, ?, ?, ?, 'sales', 'outbound', ?, ?)", [
        touchpointId, t.customer_id, date, t.channel, summary, at,
      ]);
      markTouch(db, t.id, { status: 'done', note, touchpointId, givenId: '' });
    }
    updated++;
  }
  return { updated };
};

/** Undo of complete: planned again; the touchpoint (or the logged gift) it recorded is removed. */
const reopen: EngineHandler<'touches.reopen'> = ({ db }, { ids }) => {
  let updated = 0;
  for (const t of touchesById(db, ids)) {
    if (t.status === 'planned') continue;
    if (t.given_id && db.get('SELECT 1 FROM given_gifts WHERE id = ?', [t.given_id])) deleteGiven(db, t.given_id);
    else if (t.touchpoint_id) db.run('DELETE FROM touchpoints WHERE id = ?', [t.touchpoint_id]);
    markTouch(db, t.id, { status: 'planned', note: '', touchpointId: '', givenId: '' });
    updated++;
  }
  return { updated };
};

const policyGet: EngineHandler<'policy.get'> = ({ db }) => readPolicy(db);

const policyUpdate: EngineHandler<'policy.update'> = ({ db }, patch) => {
  const next: ContactPolicy = { ...DEFAULT_CONTACT_POLICY, ...readPolicy(db), ...patch };
  writePolicy(db, next);
  return readPolicy(db);
};

export const campaignHandlers = {
  'campaigns.list': list,
  'campaigns.create': create,
  'campaigns.update': update,
  'campaigns.delete': remove,
  'campaigns.restore': restore,
  'campaigns.schedule': schedule,
  'touches.list': touchesList,
  'touches.due': due,
  'touches.complete': complete,
  'touches.reopen': reopen,
  'policy.get': policyGet,
  'policy.update': policyUpdate,
};

