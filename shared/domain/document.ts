import { z } from 'zod';
import { isoDate } from './dates';
import type { ExportedFile } from './export';
import { StepValuesSchema } from './template';
import { type ExcludedRecipient, RecipientsSchema } from './recipients';

/** Documents the engine writes as DOCX (electron/engine/files/documents/): letters, gift cards, call lists. */
export const DOCUMENT_KINDS = ['letters', 'giftCards', 'callList'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DocumentExportSchema = z
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
export type DocumentExportRequest = z.output<typeof DocumentExportSchema>;

export type DocumentExportAnswer = ExportedFile & {
  kind: DocumentKind;
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
