import { z } from 'zod';

/** Fields the merge dialog can take from the merged customer instead of the kept one. */
export const MERGEABLE_FIELDS = [
  'kind', 'firstName', 'lastName', 'company', 'role', 'email', 'phone', 'street', 'postalCode', 'city', 'region', 'country',
  'language', 'birthday', 'customerSince', 'source', 'notes', 'doNotContact',
] as const;

export const MergeRequestSchema = z
  .object({
    keepId: z.string().uuid(),
    mergeId: z.string().uuid(),
    /** Fields to take from the merged customer; all others keep the kept customer's value (empty ones are filled). */
    take: z.array(z.enum(MERGEABLE_FIELDS)).max(MERGEABLE_FIELDS.length).default([]),
  })
  .strict();

export interface DuplicateGroup {
  reason: 'email' | 'phone' | 'name';
  customerIds: string[];
}
