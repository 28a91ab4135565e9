import { z } from 'zod';

/** What happened with a customer: purchases, touchpoints (every department counts) and feedback. */
export const TOUCHPOINT_MEDIA = ['email', 'phone', 'visit', 'letter', 'gift', 'event', 'social'] as const;
export const DEPARTMENTS = ['sales', 'after-sales', 'support', 'accounting'] as const;
export const DIRECTIONS = ['inbound', 'outbound'] as const;

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A date is written YYYY-MM-DD.');
const text = (max: number) => z.string().trim().max(max);

export const PurchaseEntrySchema = z
  .object({
    kind: z.literal('purchase'),
    date,
    /** In minor units (øre, haléř, cent): 129.50 DKK is 12950. */
    amountMinor: z.number().int().min(-100_000_000_00).max(100_000_000_00),
    currency: z.string().regex(/^[A-Z]{3}$/, 'A currency is a three-letter ISO code such as DKK.'),
    product: text(200).default(''),
    category: text(100).default(''),
    /** Where it was sold: web shop, shop, market stall (the import's "sales channel" column). */
    outlet: text(60).default(''),
    orderRef: text(100).default(''),
  })
  .strict();

export const TouchpointEntrySchema = z
  .object({
    kind: z.literal('touchpoint'),
    date,
    /** How the contact was made (touchpoints.channel in the database). */
    medium: z.enum(TOUCHPOINT_MEDIA),
    department: z.enum(DEPARTMENTS).default('sales'),
    direction: z.enum(DIRECTIONS).default('outbound'),
    summary: text(2000).default(''),
    outcome: text(500).default(''),
  })
  .strict();

export const FeedbackEntrySchema = z
  .object({
    kind: z.literal('feedback'),
    date,
    nps: z.number().int().min(0).max(10).nullable().default(null),
    satisfaction: z.number().int().min(1).max(5).nullable().default(null),
    comment: text(5000).default(''),
    source: text(100).default(''),
  })
  .strict()
  .refine((f) => f.nps !== null || f.satisfaction !== null, { message: 'Give an NPS score (0–10) or a satisfaction score (1–5).', path: ['nps'] });

export const TimelineEntrySchema = z.union([PurchaseEntrySchema, TouchpointEntrySchema, FeedbackEntrySchema]);
export type TimelineEntry = z.output<typeof TimelineEntrySchema>;
export type TimelineKind = TimelineEntry['kind'];
export const TIMELINE_KINDS = ['purchase', 'touchpoint', 'feedback'] as const satisfies readonly TimelineKind[];

export type TimelineItem = TimelineEntry & { id: string; customerId: string; createdAt: string };
