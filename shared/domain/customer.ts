import { z } from 'zod';
import { isoDate } from './dates';
import { EMAIL_MAX, emailProblem, PHONE_MAX, phoneProblem } from '../logic/contact-rules';
import { withoutUndefined } from '../logic/objects';

import { CONSENT_MEDIA, CUSTOMER_KINDS, type ConsentMedium } from './vocabulary';
import type { CustomerRfm } from './rfm';
import { MembershipSchema } from './segment';

export { CONSENT_MEDIA, CUSTOMER_KINDS, type ConsentMedium } from './vocabulary';

const text = (max: number) => z.string().trim().max(max);
/** An email address by the one rule (shared/logic/contact-rules.ts), stored in lower case; empty is allowed. */
export const emailField = z
  .string()
  .trim()
  .max(EMAIL_MAX)
  .refine((value) => emailProblem(value) !== 'invalid', 'That is not an email address.')
  .toLowerCase();
/** A phone number by the one rule: text that cannot be a number is refused; a doubtful number is kept as typed. */
export const phoneField = z
  .string()
  .trim()
  .max(PHONE_MAX)
  .refine((value) => phoneProblem(value) !== 'notAPhone', 'That is not a phone number.');

export const ConsentSchema = z
  .object({
    status: z.enum(['granted', 'withdrawn']),
    /** When it was given or withdrawn; the engine's clock when left out. */
    at: z.string().datetime({ offset: true }).optional(),
    source: text(200).default(''),
    evidence: text(500).default(''),
  })
  .strict();
export type Consent = z.infer<typeof ConsentSchema>;

/** Each field people can type about a customer, without defaults (so a patch never fills in what it omits). */
const customerFieldSchemas = {
  kind: z.enum(CUSTOMER_KINDS),
  /** How letters address this person ("Vážený pane Nováku", "Dear Dr Smith"); empty: the template's own greeting. */
  salutation: text(200),
  firstName: text(100),
  lastName: text(100),
  company: text(200),
  role: text(100),
  email: emailField,
  phone: phoneField,
  street: text(200),
  postalCode: text(20),
  city: text(100),
  region: text(100),
  country: z.union([z.literal(''), z.string().regex(/^[A-Z]{2}$/, 'A country is a two-letter ISO code such as DK.')]),
  language: z.union([z.literal(''), z.string().regex(/^[a-z]{2,3}$/, 'A language is a code such as da or cs.')]),
  birthday: z.union([z.literal(''), isoDate, z.string().regex(/^--\d{2}-\d{2}$/, 'A birthday without a year is written --MM-DD.')]),
  customerSince: z.union([z.literal(''), isoDate]),
  source: text(200),
  referredBy: z.string().uuid().nullable(),
  notes: text(20_000),
  doNotContact: z.boolean(),
  leftCompanyAt: z.union([z.literal(''), isoDate]),
  successorId: z.string().uuid().nullable(),
  tags: z.array(text(60).min(1)).max(50),
};

export const CustomerFieldsSchema = z.object(customerFieldSchemas).strict();
export type CustomerFields = z.output<typeof CustomerFieldsSchema>;

export const EMPTY_CUSTOMER: CustomerFields = {
  kind: 'person', salutation: '', firstName: '', lastName: '', company: '', role: '', email: '', phone: '', street: '', postalCode: '',
  city: '', region: '', country: '', language: '', birthday: '', customerSince: '', source: '', referredBy: null,
  notes: '', doNotContact: false, leftCompanyAt: '', successorId: null, tags: [],
};

/** Whom a customer record is about: without a name, a company or an email address it names nobody. */
export function namesSomeone(c: Pick<CustomerFields, 'firstName' | 'lastName' | 'company' | 'email'>): boolean {
  return c.firstName !== '' || c.lastName !== '' || c.company !== '' || c.email !== '';
}
export const NAMES_NOBODY = 'A customer needs at least a name, a company or an email address.';

/** A new customer: any fields, the rest empty; at least a name, a company or an email address. */
export const CustomerInputSchema = z
  .object(customerFieldSchemas)
  .partial()
  .strict()
  .transform((given): CustomerFields => ({ ...EMPTY_CUSTOMER, ...withoutUndefined(given) }))
  .refine(namesSomeone, { message: NAMES_NOBODY, path: ['lastName'] });
export type CustomerInput = z.input<typeof CustomerInputSchema>;

/** A patch: only the fields given change. */
export const CustomerPatchSchema = z.object(customerFieldSchemas).partial().strict();
export type CustomerPatch = z.output<typeof CustomerPatchSchema>;


/** What a customer spent in one currency: its own sum, and that sum in the business currency (null without a rate). */
export interface CurrencySpent {
  currency: string;
  totalMinor: number;
  convertedMinor: number | null;
  purchaseCount: number;
}

export interface CustomerFacts {
  firstPurchase: string | null;
  lastPurchase: string | null;
  purchaseCount: number;
  /** In the business currency, converted with the workspace's exchange rates; purchases without a rate are left out. */
  totalMinor: number;
  /** totalMinor over the purchases it includes; null when none can be counted. */
  averageMinor: number | null;
  /** Whole days from the last purchase to today; null without purchases. */
  daysSinceLastPurchase: number | null;
  referredCount: number;
  /** Each currency the customer bought in, sorted by code. */
  spentByCurrency: CurrencySpent[];
  /** Currencies without an exchange rate: their purchases are in no total (Settings asks for the rate). */
  unconvertedCurrencies: string[];
  /** The currency of their latest purchase: what a new one most likely is in. */
  lastPurchaseCurrency: string | null;
  /** RFM scores and lifetime value as of today over all purchases; null without purchases. */
  rfm: CustomerRfm | null;
}

export interface Customer extends CustomerFields {
  id: string;
  createdAt: string;
  updatedAt: string;
  consents: Partial<Record<ConsentMedium, Consent & { at: string }>>;
  facts: CustomerFacts;
}

/** One row of the customers grid: the fields plus the facts, flat. */
export type CustomerRow = Omit<Customer, 'consents' | 'facts'> &
  CustomerFacts & { emailConsent: 'granted' | 'withdrawn' | null; displayName: string };

export const CUSTOMER_SORT_FIELDS = [
  'displayName', 'lastName', 'firstName', 'company', 'email', 'city', 'country', 'createdAt', 'updatedAt',
  'customerSince', 'lastPurchase', 'firstPurchase', 'purchaseCount', 'totalMinor', 'daysSinceLastPurchase', 'referredCount',
] as const;

/** Columns the grid can filter by text. */
export const CUSTOMER_FILTER_FIELDS = ['displayName', 'company', 'email', 'phone', 'city', 'country', 'tags'] as const;

export const CustomerListRequestSchema = z
  .object({
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(100_000).default(500),
    search: text(200).default(''),
    sort: z
      .array(z.object({ field: z.enum(CUSTOMER_SORT_FIELDS), direction: z.enum(['asc', 'desc']) }).strict())
      .max(4)
      .default([{ field: 'displayName', direction: 'asc' }]),
    tag: text(60).optional(),
    /** Only the customers this customer referred. */
    referredBy: z.string().uuid().optional(),
    /** Column filters: the column contains the text (accents and case ignored). */
    filters: z
      .array(z.object({ field: z.enum(CUSTOMER_FILTER_FIELDS), contains: text(200).min(1) }).strict())
      .max(CUSTOMER_FILTER_FIELDS.length)
      .default([]),
    /** Only the members of a segment, saved or not (segment rules, shared/domain/segment.ts). */
    segment: MembershipSchema.optional(),
    /**
     * Fill each row's `rfm` (the grid asks only while an RFM column is shown): the scores rank the whole book, which
     * on 100,000 buyers takes seconds the first time after a purchase changes.
     */
    withRfm: z.boolean().default(false),
  })
  .strict();

export function displayName(c: Pick<CustomerFields, 'firstName' | 'lastName' | 'company' | 'email'>): string {
  const person = `${c.firstName} ${c.lastName}`.trim();
  return person || c.company || c.email;
}
