import { z } from 'zod';
import { isoDate } from './dates';
import type { ExportedFile } from './export';
import { EconomicsAssumptionsSchema } from './program';
import { StepValuesSchema } from './template';
import { type ExcludedRecipient, RecipientsSchema } from './recipients';

/** Documents the engine writes as DOCX (electron/engine/files/documents/): letters, gift cards, call lists. */
export const DOCUMENT_KINDS = ['letters', 'giftCards', 'callList'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const WritingExportSchema = z
  .object({
    kind: z.enum(DOCUMENT_KINDS),
    templateId: z.string().uuid(),
    recipients: RecipientsSchema,
    /** The date printed on letters (the caller's today). */
    date: isoDate,
    /** Gift cards: print cut marks between the cards. */
    cutMarks: z.boolean().default(true),
    step: StepValuesSchema.optional(),
  })
  .strict();
/** The writing documents' request (letters, gift cards, call list). */
export type DocumentExportRequest = z.output<typeof WritingExportSchema>;

/** The campaign proposal (issue 11): the customer base, the program and its economics, the plans' calendar and budget. */
export const ProposalExportSchema = z
  .object({
    kind: z.literal('proposal'),
    /** The program proposed; null: the best recommendation is described instead. */
    programId: z.string().uuid().nullable().default(null),
    /** The plans whose calendar and budget it shows; empty: the program's plans, else every active plan. */
    campaignIds: z.array(z.string().uuid()).max(20).default([]),
    /** The proposal's date (the caller's today); figures are measured up to it. */
    date: isoDate,
    /** The economics' assumptions as the designer showed them; the defaults otherwise. */
    assumptions: EconomicsAssumptionsSchema.optional(),
  })
  .strict();
export type ProposalExportRequest = z.output<typeof ProposalExportSchema>;

export const DocumentExportSchema = z.union([WritingExportSchema, ProposalExportSchema]);

export type DocumentExportAnswer = ExportedFile & {
  kind: DocumentKind | 'proposal';
  /** Letters, cards or list rows written. */
  documents: number;
  /** Customers who got one (for "confirm sent"). */
  includedIds: string[];
  excluded: ExcludedRecipient[];
};

export const ConfirmSentSchema = z
  .object({
    kind: z.enum(['letters', 'giftCards']),
    templateId: z.string().uuid(),
    customerIds: z.array(z.string().uuid()).min(1).max(100_000),
    date: isoDate,
  })
  .strict();

/** Touchpoints logged in one step by `documents.confirmSent`; `documents.undoSent` removes them all. */
export interface SentBatch {
  batchId: string;
  touchpoints: number;
}
