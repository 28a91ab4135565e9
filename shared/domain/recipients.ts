import { z } from 'zod';

/**
 * Who a piece of writing is for: the members of a saved segment, or the customers picked in the grid. Templates'
 * coverage check, documents and (later) campaign steps all take this one shape.
 */
export const RecipientsSchema = z.union([
  z.object({ segmentId: z.string().uuid() }).strict(),
  z.object({ customerIds: z.array(z.string().uuid()).min(1, 'Pick at least one customer.').max(100_000) }).strict(),
]);
export type Recipients = z.output<typeof RecipientsSchema>;

/** How a piece of writing reaches people; each asks for its own consent medium and contact detail. */
export const DELIVERY_CHANNELS = ['letter', 'email', 'phone', 'sms', 'gift', 'visit'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

/** Why someone is left out of a mailing or a document; the screen words each one and links to the customer. */
export const EXCLUSION_REASONS = [
  'do-not-contact',
  'no-consent',
  'no-postal-address',
  'no-email',
  'no-phone',
  'left-company',
  'erased',
] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

export interface ExcludedRecipient {
  customerId: string;
  name: string;
  reason: ExclusionReason;
}
