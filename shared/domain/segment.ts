import { z } from 'zod';
import { isoDate } from './dates';
import { CONSENT_MEDIA, CUSTOMER_KINDS } from './vocabulary';
import { RFM_GROUPS } from './rfm';
import { DEPARTMENTS, TOUCHPOINT_MEDIA } from './timeline';

/**
 * Segments: saved rules that pick customers, evaluated afresh every time (dynamic), with snapshots of their
 * members frozen on a date. A rule is a condition on one field or derived fact, or a group of rules joined by
 * AND or OR (and optionally negated). The engine compiles rules to parameterised SQL
 * (electron/engine/store/segment-query.ts): no value a user types ever becomes SQL text, and this schema refuses
 * unknown fields and operators a field does not have, with a message a person can act on.
 *
 * Money in rules is in the business currency's major unit (1000 means 1.000,00 kr.); dates are 'YYYY-MM-DD';
 * "in the last N days" and anniversaries are counted from the as-of date the caller gives.
 */

const ruleText = z.string().trim().min(1, 'Type a value for this condition.').max(200, 'A value is at most 200 characters.');
const ruleNumber = z
  .number({ message: 'Type a number for this condition.' })
  .finite('Type a number for this condition.')
  .min(-1e12, 'That number is too large for a condition.')
  .max(1e12, 'That number is too large for a condition.');
const dayCount = z.number().int('A number of days is a whole number.').min(0).max(36_500, 'At most 36,500 days (100 years).');

/** Facts that are numbers; money ones in the business currency's major unit. */
export const NUMBER_FIELDS = [
  'totalSpent', 'averageSpent', 'purchaseCount', 'daysSinceLastPurchase', 'rScore', 'fScore', 'mScore',
  'historicValue', 'predictedValue', 'referredCount', 'latestNps',
] as const;
export const MONEY_FIELDS = ['totalSpent', 'averageSpent', 'historicValue', 'predictedValue'] as const satisfies readonly (typeof NUMBER_FIELDS)[number][];
export const NUMBER_OPS = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'between', 'isEmpty', 'isNotEmpty'] as const;

export const DATE_FIELDS = ['firstPurchase', 'lastPurchase', 'customerSince', 'createdAt'] as const;
export const DATE_OPS = ['before', 'after', 'between', 'inLastDays', 'notInLastDays', 'isEmpty', 'isNotEmpty'] as const;

/** Text fields; compared with accents and case ignored (the same folding the search box uses). */
export const TEXT_FIELDS = ['source', 'language', 'country', 'city', 'company', 'email'] as const;
export const TEXT_OPS = ['is', 'isNot', 'contains', 'notContains', 'isEmpty', 'isNotEmpty'] as const;

export const BOOLEAN_FIELDS = ['doNotContact', 'wasReferred', 'leftCompany'] as const;
export const ANNIVERSARY_FIELDS = ['birthday', 'customerSinceAnniversary'] as const;
export const BOUGHT_FIELDS = ['product', 'category'] as const;

export type NumberField = (typeof NUMBER_FIELDS)[number];
export type DateField = (typeof DATE_FIELDS)[number];
export type TextField = (typeof TEXT_FIELDS)[number];
export type BooleanField = (typeof BOOLEAN_FIELDS)[number];

const needsValue = (op: string) => !['isEmpty', 'isNotEmpty'].includes(op);

const NumberConditionSchema = z
  .object({ field: z.enum(NUMBER_FIELDS), op: z.enum(NUMBER_OPS), value: ruleNumber.optional(), to: ruleNumber.optional() })
  .strict()
  .superRefine((c, ctx) => {
    if (needsValue(c.op) && c.value === undefined) ctx.addIssue({ code: 'custom', path: ['value'], message: 'Type a number for this condition.' });
    if (c.op === 'between' && (c.to === undefined || c.value === undefined || c.to < c.value))
      ctx.addIssue({ code: 'custom', path: ['to'], message: '"Between" needs a second number, at least as large as the first.' });
  });

const DateConditionSchema = z
  .object({ field: z.enum(DATE_FIELDS), op: z.enum(DATE_OPS), date: isoDate.optional(), to: isoDate.optional(), days: dayCount.optional() })
  .strict()
  .superRefine((c, ctx) => {
    const byDays = c.op === 'inLastDays' || c.op === 'notInLastDays';
    if (byDays && c.days === undefined) ctx.addIssue({ code: 'custom', path: ['days'], message: 'Type a number of days.' });
    if (!byDays && needsValue(c.op) && c.date === undefined) ctx.addIssue({ code: 'custom', path: ['date'], message: 'Pick a date for this condition.' });
    if (c.op === 'between' && (c.to === undefined || c.date === undefined || c.to < c.date))
      ctx.addIssue({ code: 'custom', path: ['to'], message: '"Between" needs a second date, on or after the first.' });
  });

const TextConditionSchema = z
  .object({ field: z.enum(TEXT_FIELDS), op: z.enum(TEXT_OPS), value: ruleText.optional() })
  .strict()
  .superRefine((c, ctx) => {
    if (needsValue(c.op) && c.value === undefined) ctx.addIssue({ code: 'custom', path: ['value'], message: 'Type a value for this condition.' });
  });

const listOf = <T extends z.ZodType>(item: T) => z.array(item).min(1, 'Pick at least one value.').max(50, 'At most 50 values.');

const KindConditionSchema = z.object({ field: z.literal('kind'), op: z.enum(['in', 'notIn']), values: listOf(z.enum(CUSTOMER_KINDS)) }).strict();
/** Customers without purchases have no group: "not in" includes them, "in" never does. */
const RfmGroupConditionSchema = z.object({ field: z.literal('rfmGroup'), op: z.enum(['in', 'notIn']), values: listOf(z.enum(RFM_GROUPS)) }).strict();
const TagsConditionSchema = z
  .object({ field: z.literal('tags'), op: z.enum(['hasAny', 'hasAll', 'hasNone']), values: listOf(z.string().trim().min(1).max(60)) })
  .strict();
/** "granted": the latest word on that medium is a grant; "notGranted": withdrawn or never asked. */
const ConsentConditionSchema = z.object({ field: z.literal('consent'), medium: z.enum(CONSENT_MEDIA), op: z.enum(['granted', 'notGranted']) }).strict();
const BooleanConditionSchema = z.object({ field: z.enum(BOOLEAN_FIELDS), op: z.literal('is'), value: z.boolean() }).strict();
/** The birthday (or the day they became a customer) falls within the next `days` days, as-of day included. */
const AnniversaryConditionSchema = z
  .object({ field: z.enum(ANNIVERSARY_FIELDS), op: z.literal('withinDays'), days: z.number().int().min(0).max(366, 'At most 366 days ahead.') })
  .strict();
/** Ever bought a product (or from a category) whose name contains the text, accents and case ignored. */
const BoughtConditionSchema = z.object({ field: z.enum(BOUGHT_FIELDS), op: z.enum(['bought', 'neverBought']), value: ruleText }).strict();
/** Any (or no) touchpoint in the last `days` days, optionally only by one medium and/or department. */
const TouchpointConditionSchema = z
  .object({
    field: z.literal('touchpoints'),
    op: z.enum(['any', 'none']),
    days: dayCount.min(1, 'At least one day.'),
    medium: z.enum(TOUCHPOINT_MEDIA).optional(),
    department: z.enum(DEPARTMENTS).optional(),
  })
  .strict();

export const SegmentConditionSchema = z.union([
  NumberConditionSchema, DateConditionSchema, TextConditionSchema, KindConditionSchema, RfmGroupConditionSchema,
  TagsConditionSchema, ConsentConditionSchema, BooleanConditionSchema, AnniversaryConditionSchema, BoughtConditionSchema,
  TouchpointConditionSchema,
]);
export type SegmentCondition = z.infer<typeof SegmentConditionSchema>;

export const MAX_RULE_DEPTH = 5;
export const MAX_CONDITIONS = 100;

export interface SegmentGroup {
  kind: 'group';
  /** How the rules inside are joined. An empty group selects everyone (AND) or no one (OR). */
  op: 'and' | 'or';
  /** Selects the customers the group does not. */
  not: boolean;
  rules: SegmentRule[];
}
export type SegmentRule = SegmentCondition | SegmentGroup;

export const SegmentGroupSchema: z.ZodType<SegmentGroup, unknown> = z
  .object({
    kind: z.literal('group'),
    op: z.enum(['and', 'or']),
    not: z.boolean().default(false),
    get rules() {
      return z.array(z.union([SegmentConditionSchema, SegmentGroupSchema])).max(MAX_CONDITIONS);
    },
  })
  .strict() as unknown as z.ZodType<SegmentGroup, unknown>;

function depthAndCount(rule: SegmentRule): { depth: number; conditions: number } {
  if (!('kind' in rule)) return { depth: 0, conditions: 1 };
  const inner = rule.rules.map(depthAndCount);
  return { depth: 1 + Math.max(0, ...inner.map((i) => i.depth)), conditions: inner.reduce((sum, i) => sum + i.conditions, 0) };
}

/** The top of a segment's rules is always a group. */
export const SegmentRulesSchema = SegmentGroupSchema.superRefine((rules, ctx) => {
  const { depth, conditions } = depthAndCount(rules);
  if (depth > MAX_RULE_DEPTH) ctx.addIssue({ code: 'custom', message: `Groups can be nested at most ${MAX_RULE_DEPTH} deep.` });
  if (conditions > MAX_CONDITIONS) ctx.addIssue({ code: 'custom', message: `A segment has at most ${MAX_CONDITIONS} conditions.` });
});
export type SegmentRules = SegmentGroup;

export const EVERYONE: SegmentRules = { kind: 'group', op: 'and', not: false, rules: [] };

/** Colours a segment can carry (Radix theme accent names, so they read well in light and dark). */
export const SEGMENT_COLOURS = ['blue', 'green', 'amber', 'red', 'purple', 'teal', 'pink', 'gray'] as const;
export type SegmentColour = (typeof SEGMENT_COLOURS)[number];

export const SegmentInputSchema = z
  .object({
    name: z.string().trim().min(1, 'A segment needs a name.').max(80, 'A name is at most 80 characters.'),
    colour: z.enum(SEGMENT_COLOURS).default('blue'),
    description: z.string().trim().max(500, 'A description is at most 500 characters.').default(''),
    rules: SegmentRulesSchema,
  })
  .strict();
export type SegmentInput = z.output<typeof SegmentInputSchema>;

export const SegmentUpdateSchema = z
  .object({
    id: z.string().uuid(),
    name: SegmentInputSchema.shape.name.optional(),
    colour: z.enum(SEGMENT_COLOURS).optional(),
    description: z.string().trim().max(500, 'A description is at most 500 characters.').optional(),
    rules: SegmentRulesSchema.optional(),
  })
  .strict();

/** The ready-made segments a new workspace starts with; `readyMade` says which one a saved segment was. */
export const READY_MADE_SEGMENTS = ['champions', 'atRisk', 'newThisQuarter', 'neverBought', 'noEmailConsent', 'ambassadors'] as const;
export type ReadyMadeSegment = (typeof READY_MADE_SEGMENTS)[number];

export interface SegmentSnapshot {
  id: string;
  frozenAt: string;
  count: number;
}

export interface Segment extends SegmentInput {
  id: string;
  readyMade: ReadyMadeSegment | null;
  createdAt: string;
  updatedAt: string;
  /** Frozen member lists, newest first. */
  snapshots: SegmentSnapshot[];
}

/** Ask with a rule set as of a date (default: today), for the live count and the first rows. */
export const SegmentPreviewSchema = z
  .object({ rules: SegmentRulesSchema, asOf: isoDate.optional(), limit: z.number().int().min(1).max(200).default(50) })
  .strict();

export const SegmentMembersSchema = z
  .object({ id: z.string().uuid(), asOf: isoDate.optional(), snapshotId: z.string().uuid().optional() })
  .strict();

/** Which customers a list or export is limited to: a saved segment's members, or rules not saved yet. */
export const MembershipSchema = z
  .object({ segmentId: z.string().uuid().optional(), rules: SegmentRulesSchema.optional(), asOf: isoDate.optional() })
  .strict()
  .refine((m) => !(m.segmentId && m.rules), 'Give a segment or rules, not both.');
export type Membership = z.output<typeof MembershipSchema>;
