import { z } from 'zod';
import { type CustomerMatch, MatchQuerySchema } from '../domain/capture';
import {
  CONSENT_MEDIA,
  type Customer,
  CustomerInputSchema,
  CustomerListRequestSchema,
  CustomerPatchSchema,
  type CustomerRow,
} from '../domain/customer';
import { type DuplicateGroup, MergeRequestSchema } from '../domain/merge';
import { channel, domain, returns } from './define';
import { byId } from './schemas';

/** Up to 100,000 customers at once: the grid's "select all" of a large book. */
const CustomerIdsSchema = z.array(z.string().uuid()).min(1).max(100_000);
const TagSchema = z.string().trim().min(1).max(60);

/** One edit applied to many selected customers: tags added and removed, do-not-contact, a consent recorded. */
export const BulkUpdateRequestSchema = z
  .object({
    ids: CustomerIdsSchema,
    addTags: z.array(TagSchema).max(20).default([]),
    removeTags: z.array(TagSchema).max(20).default([]),
    doNotContact: z.boolean().optional(),
    consent: z
      .object({ medium: z.enum(CONSENT_MEDIA), status: z.enum(['granted', 'withdrawn']), evidence: z.string().trim().max(500).default('') })
      .strict()
      .optional(),
  })
  .strict();

export const customersContract = domain('customers', {
  'customers.list': channel({
    request: CustomerListRequestSchema,
    response: returns<{ rows: CustomerRow[]; total: number }>(),
    mutates: false,
    runs: 'engine',
  }),
  'customers.get': channel({ request: byId, response: returns<Customer>(), mutates: false, runs: 'engine' }),
  'customers.create': channel({ request: z.object({ customer: CustomerInputSchema }).strict(), response: returns<Customer>(), mutates: true, runs: 'engine' }),
  'customers.update': channel({
    request: z.object({ id: z.string().uuid(), patch: CustomerPatchSchema }).strict(),
    response: returns<Customer>(),
    mutates: true,
    runs: 'engine',
  }),
  /** Deletes customers with their histories; `undoId` brings them back exactly with customers.restore. */
  'customers.delete': channel({
    request: z.object({ ids: CustomerIdsSchema }).strict(),
    response: returns<{ deleted: number; undoId: string | null }>(),
    mutates: true,
    runs: 'engine',
  }),
  'customers.restore': channel({
    request: z.object({ undoId: z.string().uuid() }).strict(),
    response: returns<{ restored: number }>(),
    mutates: true,
    runs: 'engine',
  }),
  'customers.bulkUpdate': channel({ request: BulkUpdateRequestSchema, response: returns<{ updated: number }>(), mutates: true, runs: 'engine' }),
  /** Erases a person; a hash of the email keeps later imports from bringing them back. */
  'customers.erase': channel({
    request: byId,
    response: returns<{ erased: true; tombstone: boolean }>(),
    mutates: true,
    runs: 'engine',
  }),
  /** Customers already in the workspace who look like the same person, grouped with the reason. */
  'customers.findDuplicates': channel({ request: z.object({}).strict(), response: returns<DuplicateGroup[]>(), mutates: false, runs: 'engine' }),
  'customers.merge': channel({ request: MergeRequestSchema, response: returns<{ mergeId: string; customer: Customer }>(), mutates: true, runs: 'engine' }),
  'customers.unmerge': channel({
    request: z.object({ mergeId: z.string().uuid() }).strict(),
    response: returns<{ keptId: string; restoredId: string }>(),
    mutates: true,
    runs: 'engine',
  }),
  /** Customers who are likely the same person as the one being typed (capture form, add dialog, imports). */
  'customers.findMatches': channel({ request: MatchQuerySchema, response: returns<CustomerMatch[]>(), mutates: false, runs: 'engine' }),
});
