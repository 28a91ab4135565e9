import { z } from 'zod';
import { isoDate } from './dates';

/**
 * Relationship programs (issue 11): what a business offers its customers (a stamp card, points, tiers, a referral
 * reward, or attention such as thank-you notes and win-back letters), to whom, through which channels, at what cost.
 * The economics (shared/logic/programs/economics.ts) and recommendations (…/recommend.ts) read these shapes.
 */

export const PROGRAM_TYPES = ['stampCard', 'points', 'tiers', 'referral', 'thankYou', 'winBack', 'anniversary', 'surprise'] as const;
export type ProgramType = (typeof PROGRAM_TYPES)[number];

export const PROGRAM_STATUSES = ['draft', 'active', 'ended'] as const;
export type ProgramStatus = (typeof PROGRAM_STATUSES)[number];

/** How a program or a campaign step reaches people. */
export const PROGRAM_CHANNELS = ['letter', 'email', 'phone', 'visit', 'gift', 'event'] as const;
export type ProgramChannel = (typeof PROGRAM_CHANNELS)[number];

const minor = z.number().int('Amounts are kept in minor units (øre, cents).').min(0).max(1_000_000_000_000);
const label = (max: number) => z.string().trim().max(max);

/** A reward the business pays for: what the customer gets, and what it costs the business (at cost price). */
export const RewardSchema = z
  .object({
    description: label(200).default(''),
    costMinor: minor.default(0),
  })
  .strict();
export type Reward = z.output<typeof RewardSchema>;

export const StampCardRulesSchema = z
  .object({
    type: z.literal('stampCard'),
    /** One stamp per purchase, or one per `amountPerStampMinor` spent. */
    stampsPer: z.enum(['purchase', 'amount']).default('purchase'),
    amountPerStampMinor: minor.default(10_000),
    /** The reward comes with the Nth stamp ("buy 10, get one free": 10). */
    rewardAt: z.number().int().min(2).max(100).default(10),
    reward: RewardSchema.default({ description: '', costMinor: 0 }),
  })
  .strict();

export const PointsThresholdSchema = z.object({ points: z.number().int().min(1).max(10_000_000), reward: RewardSchema }).strict();

export const PointsRulesSchema = z
  .object({
    type: z.literal('points'),
    /** Points per one major unit spent (1 = a point per krone, euro…). */
    pointsPerUnit: z.number().min(0.01).max(1000).default(1),
    /** Ascending; a member redeems the highest threshold reached, then starts again. */
    thresholds: z.array(PointsThresholdSchema).min(1).max(10).default([{ points: 500, reward: { description: '', costMinor: 0 } }]),
    /** Points expire this many months after they were earned; 0: never. */
    expiryMonths: z.number().int().min(0).max(120).default(12),
  })
  .strict();

export const TierSchema = z
  .object({
    name: label(60).min(1, 'A tier needs a name.'),
    /** Spend in minor units, or number of purchases, over the period. */
    threshold: z.number().int().min(0).max(1_000_000_000_000),
    benefits: label(500).default(''),
    /** What a member of this tier costs the business per year (discounts, attention). */
    costPerMemberMinor: minor.default(0),
  })
  .strict();

export const TiersRulesSchema = z
  .object({
    type: z.literal('tiers'),
    basis: z.enum(['spend', 'purchases']).default('spend'),
    periodMonths: z.number().int().min(1).max(36).default(12),
    tiers: z.array(TierSchema).min(1).max(6).default([{ name: 'Gold', threshold: 0, benefits: '', costPerMemberMinor: 0 }]),
  })
  .strict();

export const ReferralRulesSchema = z
  .object({
    type: z.literal('referral'),
    advocateReward: RewardSchema.default({ description: '', costMinor: 0 }),
    friendReward: RewardSchema.default({ description: '', costMinor: 0 }),
  })
  .strict();

/** Attention programs: a note, a gift, a call; their cost is the reward (if any) plus gifts and postage. */
export const AttentionRulesSchema = z
  .object({
    type: z.enum(['thankYou', 'winBack', 'anniversary', 'surprise']),
    reward: RewardSchema.default({ description: '', costMinor: 0 }),
    /** Win-back: a customer counts as lapsed after this many days without a purchase. */
    lapsedAfterDays: z.number().int().min(30).max(3650).default(365),
  })
  .strict();

export const ProgramRulesSchema = z.union([StampCardRulesSchema, PointsRulesSchema, TiersRulesSchema, ReferralRulesSchema, AttentionRulesSchema]);
export type ProgramRules = z.output<typeof ProgramRulesSchema>;
export type StampCardRules = z.output<typeof StampCardRulesSchema>;
export type PointsRules = z.output<typeof PointsRulesSchema>;
export type TiersRules = z.output<typeof TiersRulesSchema>;
export type ReferralRules = z.output<typeof ReferralRulesSchema>;
export type AttentionRules = z.output<typeof AttentionRulesSchema>;

const programFields = {
  name: label(120).min(1, 'A program needs a name.'),
  description: label(4000),
  status: z.enum(PROGRAM_STATUSES),
  rules: ProgramRulesSchema,
  /** Saved segments it is for; empty: every customer. */
  segmentIds: z.array(z.string().uuid()).max(50),
  channels: z.array(z.enum(PROGRAM_CHANNELS)).max(PROGRAM_CHANNELS.length),
  giftIds: z.array(z.string().uuid()).max(50),
  /** What members get, in plain words, one per line. */
  benefits: label(4000),
  budgetMinor: minor,
  startDate: z.union([z.literal(''), isoDate]),
  endDate: z.union([z.literal(''), isoDate]),
  /** The recommendation it was made from, if any (a rule key of recommend.ts). */
  recommendation: label(60),
};

export const ProgramInputSchema = z
  .object({
    name: programFields.name,
    description: programFields.description.default(''),
    status: programFields.status.default('draft'),
    rules: programFields.rules,
    segmentIds: programFields.segmentIds.default([]),
    channels: programFields.channels.default([]),
    giftIds: programFields.giftIds.default([]),
    benefits: programFields.benefits.default(''),
    budgetMinor: programFields.budgetMinor.default(0),
    startDate: programFields.startDate.default(''),
    endDate: programFields.endDate.default(''),
    recommendation: programFields.recommendation.default(''),
  })
  .strict()
  .refine((p) => p.startDate === '' || p.endDate === '' || p.startDate <= p.endDate, { message: 'A program ends on or after its start.', path: ['endDate'] });
export type ProgramInput = z.input<typeof ProgramInputSchema>;

export const ProgramUpdateSchema = z.object({ id: z.string().uuid(), patch: z.object(programFields).partial().strict() }).strict();

export interface Program {
  id: string;
  name: string;
  description: string;
  status: ProgramStatus;
  rules: ProgramRules;
  segmentIds: string[];
  channels: ProgramChannel[];
  giftIds: string[];
  benefits: string;
  budgetMinor: number;
  startDate: string;
  endDate: string;
  recommendation: string;
  createdAt: string;
  updatedAt: string;
}

// ---------------------------------------------------------------- economics

export const UPLIFT_KINDS = ['retention', 'frequency', 'basket'] as const;
export type UpliftKind = (typeof UPLIFT_KINDS)[number];

export const EconomicsAssumptionsSchema = z
  .object({
    /** What the program is expected to raise, and by how many percent (retention: percentage points). */
    upliftKind: z.enum(UPLIFT_KINDS).default('retention'),
    upliftPercent: z.number().min(0).max(100).default(5),
    /** Share of the rewards earned that are actually redeemed (the rest is breakage). */
    redemptionPercent: z.number().min(0).max(100).default(70),
    /** Share of the target customers who join (stamp card, points, referral); attention programs reach everyone. */
    joinPercent: z.number().min(0).max(100).default(60),
    /** Postage or delivery per contact, in minor units (letters, gifts). */
    postagePerContactMinor: minor.default(0),
    /** Contacts per member per year the program sends (notes, letters, calls). */
    contactsPerMemberPerYear: z.number().min(0).max(52).default(1),
    /** Fixed cost of running it for a year (cards printed, set-up), in minor units. */
    fixedCostMinor: minor.default(0),
  })
  .strict();
export type EconomicsAssumptions = z.output<typeof EconomicsAssumptionsSchema>;

/** The workspace facts the economics stand on, measured over the last 12 months before `asOf`. */
export interface ProgramBase {
  asOf: string;
  /** The first day of the 12 months measured (asOf minus a year plus a day); both ends included. */
  from: string;
  currency: string;
  grossMarginPercent: number;
  /** Customers the program targets (its segments' members, or all customers). */
  targetCustomers: number;
  /** Of them, those who bought in the last 12 months. */
  activeBuyers: number;
  purchases: number;
  revenueMinor: number;
  /** Currencies of the year's purchases without an exchange rate: counted as purchases, left out of every amount. */
  unconvertedCurrencies: string[];
  /** Share of the buyers of the 12 months before who bought again in the last 12 (0–1; 0 when nobody bought then). */
  retentionRate: number;
  /** Target customers who bought before the 12 months but not in them (a win-back's audience: those who bought
   * before `asOf` minus `lapsedAfterDays` and not since, for a win-back program). */
  lapsedCustomers: number;
  /** Active buyers by number of purchases in the year: [purchases, buyers], ascending. */
  purchaseHistogram: Array<[number, number]>;
  /**
   * Active buyers by spend in the year (business currency), in buckets of `spendBucketMinor`: [lower bound of the
   * bucket in minor units, buyers], ascending; a buyer counts in the bucket whose bound is their spend rounded down
   * to a multiple of the width. The engine picks the width from the program (one stamp's or one reward's spend, the
   * tiers' common divisor), so that counting from the lower bound is exact; with another width it errs low.
   */
  spendHistogram: Array<[number, number]>;
  spendBucketMinor: number;
  /** Customers who referred at least one other in the last 12 months, and the customers they referred. */
  advocates: number;
  referred: number;
  /** Gifts of the program, their average unit cost in minor units (0: none). */
  giftUnitCostMinor: number;
}

/** `points`: percentage points (a retention uplift and what it takes to break even); `percent`: per cent of something. */
export type FigureUnit = 'money' | 'count' | 'percent' | 'points' | 'months' | 'ratio';

/** One figure of the economics, with how it was computed in plain words and numbers. */
export interface EconomicsFigure {
  key: string;
  value: number | null;
  unit: FigureUnit;
  how: string;
}

export interface EconomicsAnswer {
  base: ProgramBase;
  assumptions: EconomicsAssumptions;
  figures: EconomicsFigure[];
  /** Profit per year (minor units) by uplift (rows) and redemption rate (columns). */
  sensitivity: { uplifts: number[]; redemptions: number[]; profitMinor: number[][] };
}

// ---------------------------------------------------------------- recommendations

/** The numbers recommendations are made from (measured in SQL over the last 12 months). */
export interface BusinessFacts {
  kind: 'b2b' | 'b2c' | 'both';
  industry: string;
  customers: number;
  buyers: number;
  companies: number;
  purchasesPerBuyer: number;
  averageBasketMinor: number;
  /** The average basket in euro cents through the workspace's rates, so "small" means the same in any currency; null without a rate. */
  averageBasketEurMinor: number | null;
  currency: string;
  /** Share of revenue from the top 20 % of buyers (0–1). */
  topFifthRevenueShare: number;
  /** Share of last year's buyers who bought again (0–1). */
  repeatRate: number;
  /** Share of customers who came by referral (0–1). */
  referralShare: number;
  /** Share of customers who bought before but not in the last 12 months (0–1). */
  lapsedShare: number;
  withBirthday: number;
}

export interface Recommendation {
  /** The rule's key (recommend.ts). */
  key: string;
  type: ProgramType;
  /** Higher first. */
  score: number;
  /** Plain words: why, with the numbers it used. */
  reasons: string[];
  /** The numbers the rule looked at, by name. */
  used: Record<string, number | string>;
  /** A draft to create with one click. */
  draft: z.input<typeof ProgramInputSchema>;
}

export interface RecommendAnswer {
  facts: BusinessFacts;
  recommendations: Recommendation[];
  /** Program types the rules advise against for this business, with why (e.g. points for a B2B hinge maker). */
  notAdvised: Array<{ type: ProgramType; reason: string }>;
}

/** A customer's standing in a program with balances (stamps, points, tier), computed from their purchases. */
export interface ProgramStanding {
  programId: string;
  programName: string;
  type: 'stampCard' | 'points' | 'tiers';
  /** Stamps on the current card, points unredeemed, or the tier's name. */
  balance: number;
  tier: string | null;
  /** What is needed for the next reward or tier, and what it is. */
  toNext: number | null;
  next: string | null;
  rewardsEarned: number;
}
