import { z } from 'zod';
import { isoDate } from './dates';
import { RFM_GROUPS, type RfmGroup } from './rfm';

/** Gifts: the catalogue, what each customer was given, and suggestions with their reasons. */

export const GIFT_OCCASIONS = [
  'first-purchase', 'large-order', 'anniversary', 'birthday', 'win-back', 'referral', 'client-news', 'holiday', 'apology', 'other',
] as const;
export type GiftOccasion = (typeof GIFT_OCCASIONS)[number];

export const GIFT_REACTIONS = ['none', 'thanked', 'delighted', 'indifferent', 'returned'] as const;
export type GiftReaction = (typeof GIFT_REACTIONS)[number];

const money = z.number().int('Amounts are kept in minor units (øre, cents).').min(0).max(1_000_000_000);

const giftFields = {
  name: z.string().trim().min(1, 'A gift needs a name.').max(120),
  description: z.string().trim().max(2000),
  /** In the business currency's minor unit. */
  unitCostMinor: money,
  supplier: z.string().trim().max(200),
  occasions: z.array(z.enum(GIFT_OCCASIONS)).max(GIFT_OCCASIONS.length),
  /** RFM groups it suits; empty: any. */
  rfmGroups: z.array(z.enum(RFM_GROUPS)).max(RFM_GROUPS.length),
  /** Saved segments it suits; empty: any. */
  segmentIds: z.array(z.string().uuid()).max(50),
  /** Units in stock; null when stock is not counted. */
  stock: z.number().int().min(0).max(1_000_000).nullable(),
};

export const GiftInputSchema = z
  .object({
    name: giftFields.name,
    description: giftFields.description.default(''),
    unitCostMinor: giftFields.unitCostMinor.default(0),
    supplier: giftFields.supplier.default(''),
    occasions: giftFields.occasions.default([]),
    rfmGroups: giftFields.rfmGroups.default([]),
    segmentIds: giftFields.segmentIds.default([]),
    stock: giftFields.stock.default(null),
  })
  .strict();
export type GiftInput = z.input<typeof GiftInputSchema>;

export const GiftUpdateSchema = z.object({ id: z.string().uuid(), patch: z.object(giftFields).partial().strict() }).strict();

export interface Gift {
  id: string;
  name: string;
  description: string;
  unitCostMinor: number;
  supplier: string;
  occasions: GiftOccasion[];
  rfmGroups: RfmGroup[];
  segmentIds: string[];
  stock: number | null;
  /** How many times it was given. */
  givenCount: number;
  createdAt: string;
  updatedAt: string;
}

export const GiveGiftSchema = z
  .object({
    customerId: z.string().uuid(),
    giftId: z.string().uuid(),
    date: isoDate,
    occasion: z.enum(GIFT_OCCASIONS),
    /** Defaults to the gift's unit cost. */
    costMinor: money.optional(),
    note: z.string().trim().max(2000).default(''),
    reaction: z.enum(GIFT_REACTIONS).default('none'),
  })
  .strict();

export const GivenGiftUpdateSchema = z
  .object({ id: z.string().uuid(), patch: z.object({ reaction: z.enum(GIFT_REACTIONS), note: z.string().trim().max(2000), date: isoDate }).partial().strict() })
  .strict();

/** One gift given to one customer; it is also a touchpoint (medium "gift") on the customer's timeline. */
export interface GivenGift {
  id: string;
  customerId: string;
  giftId: string;
  giftName: string;
  date: string;
  occasion: GiftOccasion;
  costMinor: number;
  note: string;
  reaction: GiftReaction;
  touchpointId: string;
  createdAt: string;
}

export const GiftSuggestRequestSchema = z
  .union([
    z.object({ customerId: z.string().uuid(), occasion: z.enum(GIFT_OCCASIONS).optional(), asOf: isoDate }).strict(),
    z.object({ segmentId: z.string().uuid(), occasion: z.enum(GIFT_OCCASIONS).optional(), asOf: isoDate }).strict(),
  ]);

/** Why a gift is suggested (or ranked lower); the screen words each code. */
export type GiftReason =
  | { code: 'fits-occasion'; occasion: GiftOccasion }
  | { code: 'fits-rfm-group'; group: RfmGroup }
  | { code: 'fits-segment'; segmentId: string; segmentName: string }
  | { code: 'cost-fits-value'; costMinor: number; lifetimeValueMinor: number }
  | { code: 'costly-for-value'; costMinor: number; lifetimeValueMinor: number }
  | { code: 'matches-purchases'; product: string }
  | { code: 'already-given'; date: string; count: number }
  | { code: 'low-stock'; stock: number }
  | { code: 'out-of-stock' };

export interface GiftSuggestion {
  gift: Gift;
  score: number;
  reasons: GiftReason[];
  /** For a segment: how many members already got this gift (they would get it twice). */
  alreadyGivenCount?: number;
}
