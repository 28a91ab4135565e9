import { z } from 'zod';
import { isoDate } from './dates';
import { PROGRAM_CHANNELS, type ProgramChannel } from './program';

/**
 * Campaign plans (issue 11): a sequence of steps, each with a trigger, a channel, a template and/or a gift and a
 * cost, expanded into touches per customer (shared/logic/schedule) and placed under the workspace's contact policy.
 */

export const CAMPAIGN_STATUSES = ['draft', 'active', 'ended'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export const TRIGGER_KINDS = ['date', 'afterPurchase', 'afterFirstPurchase', 'beforeBirthday', 'beforeAnniversary', 'lapsed', 'entersSegment'] as const;
export type TriggerKind = (typeof TRIGGER_KINDS)[number];

const days = z.number().int().min(0).max(3650);

export const TriggerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('date'), date: isoDate }).strict(),
  /** N days after each purchase in the plan's period. */
  z.object({ kind: z.literal('afterPurchase'), days }).strict(),
  z.object({ kind: z.literal('afterFirstPurchase'), days }).strict(),
  z.object({ kind: z.literal('beforeBirthday'), days }).strict(),
  /** Before the customer-since anniversary (whole years). */
  z.object({ kind: z.literal('beforeAnniversary'), days }).strict(),
  /** When N days have passed without a purchase (once per lapse). */
  z.object({ kind: z.literal('lapsed'), days: z.number().int().min(1).max(3650) }).strict(),
  /**
   * A member of the segment who has not had this step yet, on the plan's start or the day the schedule is made,
   * whichever is later (Rapport keeps no history of memberships, so "entering" is being a member, once).
   */
  z.object({ kind: z.literal('entersSegment'), segmentId: z.string().uuid() }).strict(),
]);
export type Trigger = z.output<typeof TriggerSchema>;

/** How far a touch may move from its trigger's day to fit the policy, by trigger; beyond it the touch is dropped. */
export const MOVE_ALLOWANCE_DAYS: Record<TriggerKind, number> = {
  date: 7,
  afterPurchase: 7,
  afterFirstPurchase: 7,
  beforeBirthday: 3,
  beforeAnniversary: 3,
  lapsed: 14,
  entersSegment: 14,
};

export const StepSchema = z
  .object({
    id: z.string().uuid(),
    name: z.string().trim().min(1, 'A step needs a name.').max(120),
    trigger: TriggerSchema,
    channel: z.enum(PROGRAM_CHANNELS),
    templateId: z.string().uuid().nullable().default(null),
    giftId: z.string().uuid().nullable().default(null),
    /** Per touch, in minor units (postage, the call's time); a gift's unit cost is added to it. */
    costMinor: z.number().int().min(0).max(1_000_000_000).default(0),
  })
  .strict();
export type Step = z.output<typeof StepSchema>;

const campaignFields = {
  name: z.string().trim().min(1, 'A plan needs a name.').max(120),
  description: z.string().trim().max(4000),
  programId: z.string().uuid().nullable(),
  status: z.enum(CAMPAIGN_STATUSES),
  /** Who the plan is for; empty: every customer. */
  segmentIds: z.array(z.string().uuid()).max(20),
  steps: z.array(StepSchema).max(20),
  startDate: isoDate,
  endDate: isoDate,
  /** Touches fall on business days only (no weekends, public holidays or the policy's closed days). */
  businessDaysOnly: z.boolean(),
  budgetMinor: z.number().int().min(0).max(1_000_000_000_000),
};

const periodInOrder = (c: { startDate?: string; endDate?: string }) => !c.startDate || !c.endDate || c.startDate <= c.endDate;
const periodProblem = { message: 'A plan ends on or after its start.', path: ['endDate'] };

export const CampaignInputSchema = z
  .object({
    name: campaignFields.name,
    description: campaignFields.description.default(''),
    programId: campaignFields.programId.default(null),
    status: campaignFields.status.default('draft'),
    segmentIds: campaignFields.segmentIds.default([]),
    steps: campaignFields.steps.default([]),
    startDate: campaignFields.startDate,
    endDate: campaignFields.endDate,
    businessDaysOnly: campaignFields.businessDaysOnly.default(true),
    budgetMinor: campaignFields.budgetMinor.default(0),
  })
  .strict()
  .refine(periodInOrder, periodProblem);
export type CampaignInput = z.input<typeof CampaignInputSchema>;

export const CampaignUpdateSchema = z
  .object({ id: z.string().uuid(), patch: z.object(campaignFields).partial().strict().refine(periodInOrder, periodProblem) })
  .strict();

export interface Campaign {
  id: string;
  name: string;
  description: string;
  programId: string | null;
  status: CampaignStatus;
  segmentIds: string[];
  steps: Step[];
  startDate: string;
  endDate: string;
  businessDaysOnly: boolean;
  budgetMinor: number;
  createdAt: string;
  updatedAt: string;
  /** Touches scheduled, done and skipped, and what the done ones cost. */
  progress: { planned: number; done: number; skipped: number; dropped: number; spentMinor: number; plannedCostMinor: number };
}

// ---------------------------------------------------------------- contact policy

/** A period in which nobody is contacted, every year (MM-DD to MM-DD, may wrap the new year). */
export const QuietPeriodSchema = z
  .object({
    name: z.string().trim().max(80).default(''),
    from: z.string().regex(/^\d{2}-\d{2}$/, 'Write the day as MM-DD, such as 07-01.'),
    to: z.string().regex(/^\d{2}-\d{2}$/, 'Write the day as MM-DD, such as 07-31.'),
  })
  .strict();
export type QuietPeriod = z.output<typeof QuietPeriodSchema>;

const perChannel = z.object(Object.fromEntries(PROGRAM_CHANNELS.map((c) => [c, z.number().int().min(0).max(30).nullable()])) as Record<ProgramChannel, z.ZodNullable<z.ZodNumber>>).strict();

export const ContactPolicySchema = z
  .object({
    /** At most this many touches per customer in any 30 days, all channels together (recorded ones count too). */
    maxPer30Days: z.number().int().min(1).max(30),
    /** Per channel; null: only the overall limit. */
    maxPer30DaysByChannel: perChannel,
    /** At least this many days between two touches of one customer. */
    minGapDays: z.number().int().min(0).max(60),
    quietPeriods: z.array(QuietPeriodSchema).max(12),
    /** The business's own closed days, YYYY-MM-DD. */
    closedDays: z.array(isoDate).max(366),
    /** Whose public holidays are closed days (ISO country); '' none. Defaults to the profile's country. */
    holidayCountry: z.string().regex(/^([A-Z]{2})?$/),
  })
  .strict();
export type ContactPolicy = z.output<typeof ContactPolicySchema>;

export const ContactPolicyPatchSchema = ContactPolicySchema.partial().strict();

export const DEFAULT_CONTACT_POLICY: ContactPolicy = {
  maxPer30Days: 2,
  maxPer30DaysByChannel: { letter: 1, email: 2, phone: 1, visit: 1, gift: 1, event: 1 },
  minGapDays: 7,
  quietPeriods: [],
  closedDays: [],
  holidayCountry: '',
};

// ---------------------------------------------------------------- touches

export const TOUCH_STATUSES = ['planned', 'done', 'skipped'] as const;
export type TouchStatus = (typeof TOUCH_STATUSES)[number];

/** One contact planned for one customer by one step. */
export interface Touch {
  /** Stable: the same plan, step, customer and trigger day give the same id (scheduling is deterministic). */
  id: string;
  campaignId: string;
  stepId: string;
  customerId: string;
  customerName: string;
  channel: ProgramChannel;
  /** The day its trigger asked for, and the day it was placed on. */
  triggerDate: string;
  date: string;
  status: TouchStatus;
  /** Skipped: why; moved: why it moved. */
  note: string;
  costMinor: number;
  templateId: string | null;
  giftId: string | null;
}

export const MOVE_REASONS = ['weekend', 'holiday', 'closed', 'quiet', 'overall-limit', 'channel-limit', 'gap'] as const;
export type MoveReason = (typeof MOVE_REASONS)[number];

/** `no-contact-detail`: the channel needs a postal address, an email address or a phone number the customer lacks. */
export const DROP_REASONS = ['do-not-contact', 'no-consent', 'left-company', 'no-contact-detail', 'no-room', 'outside-plan'] as const;
export type DropReason = (typeof DROP_REASONS)[number];

export interface MovedTouch {
  campaignId: string;
  stepId: string;
  customerId: string;
  customerName: string;
  channel: ProgramChannel;
  triggerDate: string;
  date: string;
  /** What stood in the way on each day passed over, the first one first. */
  reasons: MoveReason[];
}

export interface DroppedTouch {
  campaignId: string;
  stepId: string;
  customerId: string;
  customerName: string;
  channel: ProgramChannel;
  triggerDate: string;
  reason: DropReason;
  /** For `no-room`: what stood in the way within the allowance. */
  blockers: MoveReason[];
}

export const ScheduleRequestSchema = z
  .object({
    /** One plan; without it every active plan, together, under the policy. */
    campaignId: z.string().uuid().optional(),
    /** The caller's today: touches are planned from this day on. */
    asOf: isoDate,
    /** Write the touches (replacing the plans' planned ones), or only answer what they would be. */
    save: z.boolean().default(true),
  })
  .strict();

export interface ScheduleAnswer {
  asOf: string;
  campaigns: Array<{ id: string; name: string; planned: number; moved: number; dropped: number; costMinor: number }>;
  planned: number;
  /** The report, capped at `reportLimit` each; the counts are complete. */
  moved: MovedTouch[];
  dropped: DroppedTouch[];
  movedCount: number;
  droppedCount: number;
  reportLimit: number;
  /** Public holidays and closed days between asOf and the last touch, for the calendar. */
  closedDays: Array<{ date: string; name: string }>;
}

export const TouchListRequestSchema = z
  .object({
    from: isoDate,
    to: isoDate,
    campaignId: z.string().uuid().optional(),
    customerId: z.string().uuid().optional(),
    limit: z.number().int().min(1).max(50_000).default(5_000),
  })
  .strict();

export interface TouchListAnswer {
  touches: Touch[];
  /** Touches per day in the range (all of them, even past `limit`). */
  perDay: Array<{ date: string; count: number }>;
  total: number;
}

export const TouchesDueSchema = z.object({ asOf: isoDate, days: z.number().int().min(1).max(62).default(7) }).strict();

export const TouchCompleteSchema = z
  .object({
    ids: z.array(z.string().min(1).max(200)).min(1).max(10_000),
    outcome: z.enum(['done', 'skipped']),
    /** Done: the day it was done (a touchpoint on that day). */
    date: isoDate,
    note: z.string().trim().max(500).default(''),
  })
  .strict()
  .refine((r) => r.outcome === 'done' || r.note !== '', { message: 'Say why the touch is skipped.', path: ['note'] });

export const TouchReopenSchema = z.object({ ids: z.array(z.string().min(1).max(200)).min(1).max(10_000) }).strict();
