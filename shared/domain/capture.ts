import { z } from 'zod';
import { emailField, phoneField } from './customer';

const text = (max: number) => z.string().trim().max(max);

/** One lead captured at a trade fair: what staff type while the visitor stands there. */
export const CaptureSchema = z
  .object({
    event: text(120).min(1, 'Name the event first.'),
    firstName: text(100).default(''),
    lastName: text(100).default(''),
    company: text(200).default(''),
    email: emailField.default(''),
    phone: phoneField.default(''),
    interest: text(200).default(''),
    notes: text(5000).default(''),
    /** The visitor agreed to hear from the business by email; recorded with the time and the event as evidence. */
    consent: z.boolean().default(false),
    /** Save into this known customer (staff chose *update the known customer*) instead of creating a new one. */
    updateId: z.string().uuid().optional(),
  })
  .strict()
  .refine((c) => c.firstName !== '' || c.lastName !== '' || c.company !== '' || c.email !== '', {
    message: 'Type at least a name, a company or an email address.',
    path: ['lastName'],
  });
export type CaptureInput = z.input<typeof CaptureSchema>;

/** What to look for when checking whether someone is already known. */
export const MatchQuerySchema = z
  .object({
    email: text(254).default(''),
    phone: text(40).default(''),
    firstName: text(100).default(''),
    lastName: text(100).default(''),
    company: text(200).default(''),
  })
  .strict();

export interface CustomerMatch {
  id: string;
  displayName: string;
  company: string;
  email: string;
  /** Why it is a likely duplicate: the same email, the same phone number, or the same name (and company). */
  reason: 'email' | 'phone' | 'name';
}
