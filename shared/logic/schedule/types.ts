import type { ContactPolicy, DroppedTouch, MovedTouch, Step } from '../../domain/campaign';
import type { ProgramChannel } from '../../domain/program';

/**
 * What the scheduler reads and answers (pure: the engine reads these from SQL, tests make them up).
 * Dates are 'YYYY-MM-DD' in the UTC calendar, from the caller; nothing here reads a clock.
 */

/** What one customer brings to scheduling. */
export interface ScheduleCustomer {
  id: string;
  name: string;
  /** '' | 'YYYY-MM-DD' | '--MM-DD' (no year). */
  birthday: string;
  /** '' | 'YYYY-MM-DD'. */
  customerSince: string;
  /** Every purchase day, ascending (duplicates allowed: two purchases on a day). */
  purchaseDates: string[];
  doNotContact: boolean;
  leftCompany: boolean;
  /** Consent per medium: 'granted' | 'withdrawn' | null (never asked). */
  consent: { email: string | null; post: string | null; phone: string | null };
  hasPostalAddress: boolean;
  hasEmail: boolean;
  hasPhone: boolean;
  /** Outbound touchpoints already on the timeline (count towards the policy), any order. */
  recorded: Array<{ date: string; channel: ProgramChannel | 'social' | 'sms' }>;
}

/** One plan as the scheduler sees it. */
export interface SchedulePlan {
  id: string;
  name: string;
  startDate: string;
  endDate: string;
  businessDaysOnly: boolean;
  steps: Step[];
  /** Customer ids the plan is for (its segments' members, or everyone). */
  members: ReadonlySet<string>;
  /** For `entersSegment` steps: the members of that step's segment. */
  segmentMembers: ReadonlyMap<string, ReadonlySet<string>>;
}

/** A touch that already exists and is kept as it is (done or skipped); it blocks a repeat of its step. */
export interface KeptTouch {
  campaignId: string;
  stepId: string;
  customerId: string;
  triggerDate: string;
  date: string;
  channel: ProgramChannel;
  /** Done touches count towards the policy (they are on the timeline as touchpoints too: do not count twice). */
  status: 'done' | 'skipped';
}

export interface ScheduleInput {
  /** The caller's today: nothing is placed before it. */
  asOf: string;
  plans: SchedulePlan[];
  customers: ScheduleCustomer[];
  policy: ContactPolicy;
  /** Public holidays and closed days: date → name. */
  closedDays: ReadonlyMap<string, string>;
  kept: KeptTouch[];
}

/** A touch placed on a day. */
export interface PlacedTouch {
  /** Deterministic: `${campaignId}:${stepId}:${customerId}:${triggerDate}`. */
  id: string;
  campaignId: string;
  stepId: string;
  customerId: string;
  channel: ProgramChannel;
  triggerDate: string;
  date: string;
}

export interface ScheduleResult {
  placed: PlacedTouch[];
  moved: MovedTouch[];
  dropped: DroppedTouch[];
}
