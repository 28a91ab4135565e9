import { z } from 'zod';
import { isoDate } from './dates';
import { LANGUAGES, type Language } from './profile';
import { DELIVERY_CHANNELS, type ExcludedRecipient, RecipientsSchema } from './recipients';

/**
 * Templates: personal notes, letters, email texts, gift cards and call scripts, with one version per language.
 * The syntax and its renderer live in shared/logic/template/ (the same code for the live preview and for
 * documents); this file holds the shapes both sides exchange and the list of merge fields.
 */

export const TEMPLATE_KINDS = ['note', 'letter', 'email', 'giftCard', 'callScript'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

/** The longest body a template keeps (characters); a longer one is refused with a clear message, not cut. */
export const MAX_TEMPLATE_BODY = 100_000;

export const TemplateVersionSchema = z
  .object({
    /** The subject line (email, letter heading); may hold merge fields too. */
    subject: z.string().max(300, 'A subject is at most 300 characters.').default(''),
    body: z.string().max(MAX_TEMPLATE_BODY, `A template is at most ${MAX_TEMPLATE_BODY.toLocaleString('en')} characters.`),
  })
  .strict();
export type TemplateVersion = z.output<typeof TemplateVersionSchema>;

const versions = z
  .partialRecord(z.enum(LANGUAGES), TemplateVersionSchema)
  .refine((v) => Object.keys(v).length > 0, 'A template needs a text in at least one language.');

export const TemplateInputSchema = z
  .object({
    name: z.string().trim().min(1, 'A template needs a name.').max(120),
    kind: z.enum(TEMPLATE_KINDS),
    /** What the template is for (the gift occasions reuse these words). */
    occasion: z.string().trim().max(60).default(''),
    versions,
  })
  .strict();
export type TemplateInput = z.input<typeof TemplateInputSchema>;

export const TemplateUpdateSchema = z
  .object({
    id: z.string().uuid(),
    patch: z
      .object({
        name: z.string().trim().min(1, 'A template needs a name.').max(120),
        kind: z.enum(TEMPLATE_KINDS),
        occasion: z.string().trim().max(60),
        versions,
      })
      .partial()
      .strict(),
  })
  .strict();

export interface Template {
  id: string;
  name: string;
  kind: TemplateKind;
  occasion: string;
  versions: Partial<Record<Language, TemplateVersion>>;
  /** The starter template this one was copied from (resources/templates/), or null for the user's own. */
  starterKey: string | null;
  /** True while a starter template still has the text it came with. */
  unchangedStarter: boolean;
  createdAt: string;
  updatedAt: string;
}

/** What the renderer and the engine pass to the template renderer: one value per merge field (MERGE_FIELDS). */
export type MergeValue =
  | { type: 'text'; value: string }
  | { type: 'number'; value: number }
  | { type: 'boolean'; value: boolean }
  /** YYYY-MM-DD */
  | { type: 'date'; value: string }
  | { type: 'money'; minor: number; currency: string }
  | null;
export type MergeContext = Record<string, MergeValue>;

export const MERGE_FIELD_GROUPS = ['customer', 'history', 'business', 'campaign'] as const;
export type MergeFieldGroup = (typeof MERGE_FIELD_GROUPS)[number];
export type MergeFieldType = 'text' | 'number' | 'boolean' | 'date' | 'money';

/**
 * Every merge field a template may use, with its group (the editor's insertion list) and type (which formats fit).
 * The engine fills them from the customer, their facts and the profile (electron/engine/store/merge-context.ts);
 * campaign fields are filled by a campaign plan's step and are empty elsewhere.
 */
export const MERGE_FIELDS = {
  salutation: { group: 'customer', type: 'text' },
  firstName: { group: 'customer', type: 'text' },
  lastName: { group: 'customer', type: 'text' },
  fullName: { group: 'customer', type: 'text' },
  company: { group: 'customer', type: 'text' },
  role: { group: 'customer', type: 'text' },
  email: { group: 'customer', type: 'text' },
  phone: { group: 'customer', type: 'text' },
  street: { group: 'customer', type: 'text' },
  postalCode: { group: 'customer', type: 'text' },
  city: { group: 'customer', type: 'text' },
  country: { group: 'customer', type: 'text' },
  isB2B: { group: 'customer', type: 'boolean' },
  birthday: { group: 'customer', type: 'date' },
  customerSince: { group: 'history', type: 'date' },
  yearsAsCustomer: { group: 'history', type: 'number' },
  firstPurchaseDate: { group: 'history', type: 'date' },
  firstPurchaseProduct: { group: 'history', type: 'text' },
  lastPurchaseDate: { group: 'history', type: 'date' },
  lastPurchaseProduct: { group: 'history', type: 'text' },
  lastPurchaseAmount: { group: 'history', type: 'money' },
  purchaseCount: { group: 'history', type: 'number' },
  totalSpent: { group: 'history', type: 'money' },
  rfmGroup: { group: 'history', type: 'text' },
  lifetimeValue: { group: 'history', type: 'money' },
  referredCount: { group: 'history', type: 'number' },
  referredNames: { group: 'history', type: 'text' },
  lastGift: { group: 'history', type: 'text' },
  businessName: { group: 'business', type: 'text' },
  senderAddress: { group: 'business', type: 'text' },
  signature: { group: 'business', type: 'text' },
  today: { group: 'business', type: 'date' },
  campaignName: { group: 'campaign', type: 'text' },
  offer: { group: 'campaign', type: 'text' },
  deadline: { group: 'campaign', type: 'date' },
} as const satisfies Record<string, { group: MergeFieldGroup; type: MergeFieldType }>;
export type MergeFieldName = keyof typeof MERGE_FIELDS;
export const MERGE_FIELD_NAMES = Object.keys(MERGE_FIELDS) as [MergeFieldName, ...MergeFieldName[]];

/** What the renderer found wrong or worth saying; it never stops rendering (the text is still produced). */
export const TEMPLATE_WARNING_CODES = [
  'unknown-field',
  'unknown-format',
  'unclosed-condition',
  'unexpected-close',
  'unclosed-tag',
  'missing-value',
  'empty-result',
  'language-fallback',
  'too-deep',
] as const;
export type TemplateWarningCode = (typeof TEMPLATE_WARNING_CODES)[number];
export interface TemplateWarning {
  code: TemplateWarningCode;
  /** The field or format named, where there is one. */
  field?: string;
  /** Offset in the body (characters) where the problem starts, for the editor to point at. */
  at?: number;
}

/** Values a campaign step passes in (campaign fields); anything not given is empty. */
export const StepValuesSchema = z
  .object({ campaignName: z.string().max(200).optional(), offer: z.string().max(2000).optional(), deadline: isoDate.optional() })
  .strict();

export const RenderRequestSchema = z.union([
  z.object({ templateId: z.string().uuid(), customerId: z.string().uuid(), language: z.enum(LANGUAGES).optional(), step: StepValuesSchema.optional() }).strict(),
  z
    .object({
      /** A body not saved yet (the editor's live text). */
      body: z.string().max(MAX_TEMPLATE_BODY, `A template is at most ${MAX_TEMPLATE_BODY.toLocaleString('en')} characters.`),
      subject: z.string().max(300).default(''),
      customerId: z.string().uuid(),
      language: z.enum(LANGUAGES).optional(),
      step: StepValuesSchema.optional(),
    })
    .strict(),
]);
export type RenderRequest = z.output<typeof RenderRequestSchema>;

export interface RenderResult {
  text: string;
  subject: string;
  /** The language rendered: the customer's if the template has it, else the business language. */
  language: Language;
  /** The language the customer would have wanted, when the template lacks it (the fallback is reported). */
  fellBackFrom: string | null;
  warnings: TemplateWarning[];
}

/** The merge context of one customer, for the renderer's live preview (the same values documents use). */
export interface MergeContextAnswer {
  customerId: string;
  name: string;
  language: Language;
  /** The customer's own language code when the business does not write in it (then `language` is the business's). */
  wantedLanguage: string | null;
  /** The customer's language code as stored ('' when none): what renderForCustomer picks the version by. */
  customerLanguage: string;
  context: MergeContext;
}

export const CoverageRequestSchema = z
  .object({ templateId: z.string().uuid(), recipients: RecipientsSchema, channel: z.enum(DELIVERY_CHANNELS) })
  .strict();
export type CoverageRequest = z.output<typeof CoverageRequestSchema>;

export interface Coverage {
  /** Everyone the recipients name. */
  total: number;
  /** Those who will get it. */
  included: number;
  /** Those left out, by name and reason (at most 1,000 listed; `excludedCount` is the full number). */
  excluded: ExcludedRecipient[];
  excludedCount: number;
  /** For each field the template uses: how many included recipients lack it, and whether the template gives a fallback. */
  missingFields: { field: string; count: number; hasFallback: boolean; examples: { customerId: string; name: string }[] }[];
  /** Included recipients whose language the template lacks, by that language. */
  languageFallbacks: { language: string; count: number }[];
}
