import type { Document } from 'docx';
import type { DocumentExportRequest, DocumentKind } from '../../../../shared/domain/document';
import { DEFAULT_BRAND_COLOUR, type Language, type Profile } from '../../../../shared/domain/profile';
import type { DeliveryChannel, ExcludedRecipient, Recipients } from '../../../../shared/domain/recipients';
import type { z } from 'zod';
import type { MergeContext, MergeValue, StepValuesSchema, Template, TemplateWarning } from '../../../../shared/domain/template';

type StepValues = z.output<typeof StepValuesSchema>;
import type { Reader } from '../../database';
import { bookRfm, todayOf } from '../../handlers/rfm-cache';
import type { RfmLookup } from '../../store/customers';
import type { Piece, personalise } from '../../writing/personalise';
import type { JobControl } from '../../job-control';
import { readProfile } from '../../store/profile';
import { safeFileStem } from '../file-name';
import type { FileProducer } from '../types';
import { type CallRow, callListDocument } from './call-list';
import { giftCardsDocument } from './gift-cards';
import { packSync } from './layout';
import { buildProposal } from './proposal-file';
import { type LetterPiece, lettersDocument } from './letters';

/** The writing service's pieces (electron/engine/writing/personalise.ts), as this producer lays them out. */
export type PersonalisedPiece = Piece;
export type Personalise = typeof personalise;

export interface DocumentDeps {
  personalise: Personalise;
  /** shared/logic/template formatDate: a long date in the language. */
  formatDate: (iso: string, language: Language) => string;
}

/** Which way of contact each document kind is for (consent, contact detail). */
export const KIND_CHANNEL: Record<DocumentKind, DeliveryChannel> = { letters: 'letter', giftCards: 'gift', callList: 'phone' };
const KIND_WORDS: Record<DocumentKind, string> = { letters: 'letters', giftCards: 'gift cards', callList: 'call list' };

/** A merge value as plain text for a table cell (dates are formatted by the caller). */
function text(value: MergeValue | null | undefined): string {
  if (!value) return '';
  if (value.type === 'money') return '';
  return String(value.value);
}

/** A call-list row from a personalised piece (talking points = the rendered call script). */
export function callRow(piece: PersonalisedPiece, formatDate: DocumentDeps['formatDate']): CallRow {
  const c = piece.context;
  const date = c.lastPurchaseDate?.type === 'date' ? c.lastPurchaseDate.value : '';
  const lastPurchase = [date ? formatDate(date, piece.language) : '', text(c.lastPurchaseProduct)].filter(Boolean).join(' · ');
  // The merge context has no last touchpoint; the column is left for the engine to fill (see the report).
  const lastTouchpoint = text(c.lastTouchpoint);
  return { ...piece, company: text(c.company), phone: text(c.phone), lastPurchase, lastTouchpoint, rfmGroup: text(c.rfmGroup) };
}

/**
 * `documents.export`: personalises the template for the recipients with the channel the kind implies, lays the
 * pieces out (letters, gift cards or call list) and packs the DOCX. Answers what went in and who was left out.
 * The lead wires it with `documentsFile({ personalise, formatDate })` in files/index.ts.
 */
export function documentsFile(deps: DocumentDeps): FileProducer<'documents.export'> {
  return {
    suggestedName: (ctx, request) => `${safeFileStem(ctx.workspaceName, 'Rapport')} - ${request.kind === 'proposal' ? 'proposal' : KIND_WORDS[request.kind]} ${request.date}.docx`,
    produce: (ctx, request, job) => {
      if (request.kind === 'proposal') {
        const { doc, answer } = buildProposal(ctx, request, job);
        job.checkCancelled();
        return { bytes: packSync(doc), answer };
      }
      const { doc, answer } = buildDocument(ctx.db, request, ctx.now(), deps, job, () => bookRfm(ctx, todayOf(ctx.now)));
      job.checkCancelled();
      const bytes = packSync(doc);
      job.progress(1, 1);
      return { bytes, answer };
    },
  };
}

export function buildDocument(db: Reader, request: DocumentExportRequest, now: Date, deps: DocumentDeps, job: JobControl, rfm?: () => RfmLookup) {
  const stored = readProfile(db);
  // Workspaces made before the letterhead fields read them as missing: the profile's defaults stand in.
  const profile: Profile = { ...stored, senderAddress: stored.senderAddress ?? '', signature: stored.signature ?? '', logo: stored.logo ?? '',
    brandColour: stored.brandColour ?? DEFAULT_BRAND_COLOUR, paperSize: stored.paperSize ?? 'A4' };
  const { template, pieces, excluded } = deps.personalise(db, { templateId: request.templateId, recipients: request.recipients, channel: KIND_CHANNEL[request.kind], now, step: request.step, rfm }, job);
  job.checkCancelled();
  let doc: Document;
  if (request.kind === 'letters') {
    const letters: LetterPiece[] = pieces.map((p) => ({ ...p, dateText: deps.formatDate(request.date, p.language) }));
    doc = lettersDocument(profile, template.name, letters, excluded);
  } else if (request.kind === 'giftCards') {
    doc = giftCardsDocument(profile, template.name, pieces, request.cutMarks);
  } else {
    doc = callListDocument(profile, template.name, pieces.map((p) => callRow(p, deps.formatDate)));
  }
  return { doc, answer: { kind: request.kind, documents: pieces.length, includedIds: pieces.map((p) => p.customerId), excluded } };
}
