import type { Campaign } from '../../../shared/domain/campaign';
import { displayName } from '../../../shared/domain/customer';
import { addDays } from '../../../shared/logic/calendar';
import type { SchedulePlan, ScheduleCustomer } from '../../../shared/logic/schedule/types';
import type { Reader } from '../database';
import { readSegment, rulesMembersSql } from '../store/segments';

/**
 * What the scheduler needs from the workspace for a set of plans: each plan's members (its segments as of the
 * schedule's day, or everyone), the members of segments that steps wait for people to enter, and for every
 * customer concerned their days, consent, contact details, purchase days and the outbound touchpoints already on
 * their timeline (which count towards the policy). Read in a few set-wide statements, never per customer.
 */

const PURCHASE_TRIGGERS = new Set(['afterPurchase', 'afterFirstPurchase', 'lapsed']);

function segmentMembers(db: Reader, segmentId: string, asOf: string, cache: Map<string, Set<string>>): Set<string> {
  let members = cache.get(segmentId);
  if (!members) {
    const segment = readSegment(db, segmentId);
    const source = rulesMembersSql(db, segment.rules, asOf);
    members = new Set(db.all<{ id: string }>(`SELECT id FROM customers WHERE id IN (${source.sql})`, source.params).map((r) => r.id));
    cache.set(segmentId, members);
  }
  return members;
}

interface CustomerRow {
  id: string;
  first_name: string;
  last_name: string;
  company: string;
  email: string;
  phone: string;
  street: string;
  city: string;
  birthday: string;
  customer_since: string;
  do_not_contact: number;
  left_company_at: string;
  email_consent: string | null;
  post_consent: string | null;
  phone_consent: string | null;
}

/**
 * The day before which a customer's purchases can no longer ask for a touch, except the first (a first-purchase
 * step) and the last before it (a lapse that began before the plans and still lasts): after-purchase steps look at
 * most their N days back from the earliest day a touch may fall on. The purchases in between are left unread,
 * which changes nothing: each is followed by another before that day, so no lapse of theirs reaches a plan.
 */
export function purchaseCut(campaigns: readonly Campaign[], asOf: string): string {
  let back = 0;
  for (const c of campaigns) for (const s of c.steps) if (s.trigger.kind === 'afterPurchase') back = Math.max(back, s.trigger.days);
  // no touch falls before the schedule's day (a plan's window starts at its start or asOf, whichever is later)
  return addDays(asOf, -back);
}

export interface ScheduleData {
  plans: SchedulePlan[];
  customers: ScheduleCustomer[];
}

export function readScheduleData(db: Reader, campaigns: readonly Campaign[], asOf: string): ScheduleData {
  const cache = new Map<string, Set<string>>();
  let everyone = false;
  const wanted = new Set<string>();
  const plans: Array<SchedulePlan & { forEveryone: boolean }> = campaigns.map((c) => {
    let members: Set<string> | null = null;
    if (c.segmentIds.length > 0) {
      members = new Set<string>();
      for (const id of c.segmentIds) for (const m of segmentMembers(db, id, asOf, cache)) members.add(m);
      for (const m of members) wanted.add(m);
    } else everyone = true;
    const entering = new Map<string, ReadonlySet<string>>();
    for (const step of c.steps) if (step.trigger.kind === 'entersSegment') entering.set(step.trigger.segmentId, segmentMembers(db, step.trigger.segmentId, asOf, cache));
    return { id: c.id, name: c.name, startDate: c.startDate, endDate: c.endDate, businessDaysOnly: c.businessDaysOnly, steps: c.steps, members: members ?? new Set<string>(), segmentMembers: entering, forEveryone: members === null };
  });

  const needsPurchases = campaigns.some((c) => c.steps.some((s) => PURCHASE_TRIGGERS.has(s.trigger.kind)));
  const filter: { sql: string; params: Record<string, string> } = everyone ? { sql: '1', params: {} } : { sql: 'c.id IN (SELECT value FROM json_each(:ids))', params: { ':ids': JSON.stringify([...wanted]) } };
  const rows = db.all<CustomerRow>(
    `SELECT c.id, c.first_name, c.last_name, c.company, c.email, c.phone, c.street, c.city, c.birthday, c.customer_since, c.do_not_contact, c.left_company_at,
            e.status AS email_consent, p.status AS post_consent, f.status AS phone_consent
       FROM customers c
       LEFT JOIN consents e ON e.customer_id = c.id AND e.channel = 'email'
       LEFT JOIN consents p ON p.customer_id = c.id AND p.channel = 'post'
       LEFT JOIN consents f ON f.customer_id = c.id AND f.channel = 'phone'
      WHERE ${filter.sql}`,
    filter.params,
  );
  const byId = new Map<string, ScheduleCustomer>();
  const customers = rows.map((r) => {
    const customer: ScheduleCustomer = {
      id: r.id,
      name: displayName({ firstName: r.first_name, lastName: r.last_name, company: r.company, email: r.email }),
      birthday: r.birthday,
      customerSince: r.customer_since,
      purchaseDates: [],
      doNotContact: r.do_not_contact === 1,
      leftCompany: r.left_company_at !== '',
      consent: { email: r.email_consent, post: r.post_consent, phone: r.phone_consent },
      hasPostalAddress: r.street.trim() !== '' && r.city.trim() !== '',
      hasEmail: r.email.trim() !== '',
      hasPhone: r.phone.trim() !== '',
      recorded: [],
    };
    byId.set(r.id, customer);
    return customer;
  });
  const scope = everyone ? '1' : 'customer_id IN (SELECT value FROM json_each(:ids))';
  if (needsPurchases) {
    const cut = purchaseCut(campaigns, asOf);
    // One row per customer rather than one per purchase: the rows cost more than the scan in sql.js.
    for (const p of db.all<{ customer_id: string; first: string; before_cut: string | null; recent: string | null }>(
      `SELECT customer_id, min(date) AS first, max(CASE WHEN date < :cut THEN date END) AS before_cut,
              group_concat(CASE WHEN date >= :cut THEN date END) AS recent
         FROM purchases WHERE ${scope} GROUP BY customer_id`,
      { ...filter.params, ':cut': cut },
    )) {
      const customer = byId.get(p.customer_id);
      if (!customer) continue;
      const days = [p.first];
      if (p.before_cut !== null && p.before_cut !== p.first) days.push(p.before_cut);
      if (p.recent !== null) days.push(...p.recent.split(','));
      customer.purchaseDates = days.length > 2 ? days.sort() : days;
    }
  }
  // Only touchpoints within 60 days of the period can share a 30-day window or a gap with a planned touch.
  const last = campaigns.reduce((d, c) => (c.endDate > d ? c.endDate : d), asOf);
  for (const t of db.all<{ customer_id: string; date: string; channel: ScheduleCustomer['recorded'][number]['channel'] }>(
    `SELECT customer_id, substr(date, 1, 10) AS date, channel FROM touchpoints WHERE direction = 'outbound' AND date >= :from AND date <= :to AND ${scope}`,
    { ...filter.params, ':from': addDays(asOf, -60), ':to': `${addDays(last, 60)}~` },
  )) {
    byId.get(t.customer_id)?.recorded.push({ date: t.date, channel: t.channel });
  }
  const allIds: ReadonlySet<string> = everyone ? new Set(byId.keys()) : new Set();
  return { plans: plans.map(({ forEveryone, ...plan }) => (forEveryone ? { ...plan, members: allIds } : plan)), customers };
}
