import { z } from 'zod';
import {
  type Campaign,
  CampaignInputSchema,
  CampaignUpdateSchema,
  type ContactPolicy,
  ContactPolicyPatchSchema,
  type ScheduleAnswer,
  ScheduleRequestSchema,
  TouchCompleteSchema,
  type TouchListAnswer,
  TouchListRequestSchema,
  TouchReopenSchema,
  TouchesDueSchema,
  type Touch,
} from '../domain/campaign';
import { channel, domain, returns } from './define';
import { byId, empty } from './schemas';

/** Campaign plans, their touches, and the one contact policy all plans are placed under together. */
export const campaignsContract = domain('campaigns', {
  'campaigns.list': channel({ request: empty, response: returns<Campaign[]>(), mutates: false, runs: 'engine' }),
  'campaigns.create': channel({ request: CampaignInputSchema, response: returns<Campaign>(), mutates: true, runs: 'engine' }),
  'campaigns.update': channel({ request: CampaignUpdateSchema, response: returns<Campaign>(), mutates: true, runs: 'engine' }),
  /** Deletes a plan and its planned touches (done ones stay on the customers' timelines); `campaigns.restore` is its undo. */
  'campaigns.delete': channel({ request: byId, response: returns<{ id: string }>(), mutates: true, runs: 'engine' }),
  'campaigns.restore': channel({ request: byId, response: returns<Campaign>(), mutates: true, runs: 'engine' }),
  /** Expands one plan (or every active plan together) into touches under the policy, with the moved/dropped report. */
  'campaigns.schedule': channel({ request: ScheduleRequestSchema, response: returns<ScheduleAnswer>(), mutates: true, runs: 'engine' }),
});

/** The touches the plans expand into: the calendar, the "this week" list, done and skipped. */
export const touchesContract = domain('touches', {
  /** Touches in a date range (the calendar; a customer's planned touches). */
  'touches.list': channel({ request: TouchListRequestSchema, response: returns<TouchListAnswer>(), mutates: false, runs: 'engine' }),
  /** Planned touches due from asOf over the next `days` (and overdue ones), for the "this week" list. */
  'touches.due': channel({ request: TouchesDueSchema, response: returns<Touch[]>(), mutates: false, runs: 'engine' }),
  /** Marks touches done (each a touchpoint on its customer) or skipped with a reason. */
  'touches.complete': channel({ request: TouchCompleteSchema, response: returns<{ updated: number }>(), mutates: true, runs: 'engine' }),
  /** Undo of complete: the touches are planned again and their touchpoints removed. */
  'touches.reopen': channel({ request: TouchReopenSchema, response: returns<{ updated: number }>(), mutates: true, runs: 'engine' }),
});

/** The contact policy every plan is scheduled under, together. */
export const policyContract = domain('policy', {
  'policy.get': channel({ request: empty, response: returns<ContactPolicy>(), mutates: false, runs: 'engine' }),
  'policy.update': channel({ request: ContactPolicyPatchSchema, response: returns<ContactPolicy>(), mutates: true, runs: 'engine' }),
});
