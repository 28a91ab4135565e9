import type { ExcludedRecipient, DeliveryChannel, Recipients } from '../../../shared/domain/recipients';
import type { MergeContext, Template, TemplateVersion, TemplateWarning } from '../../../shared/domain/template';
import type { Language } from '../../../shared/domain/profile';
import { renderForCustomer, templateFields } from '../../../shared/logic/template';
import type { Reader } from '../database';
import type { JobControl } from '../job-control';
import type { RfmLookup } from '../store/customers';
import { readProfile } from '../store/profile';
import { requireTemplate } from '../store/templates';
import { type RecipientContext, type StepValues, readRecipientContexts } from './merge-context';
import { resolveRecipients } from './recipients';

/**
 * The writing service: one template made personal for each recipient, with who was left out and why. Documents
 * (electron/engine/files/documents/) lay its pieces out; a campaign plan's step will call it the same way.
 */

export interface Piece {
  customerId: string;
  name: string;
  language: Language;
  fellBackFrom: string | null;
  subject: string;
  text: string;
  warnings: TemplateWarning[];
  postalAddress: string[];
  context: MergeContext;
}

export interface PersonaliseRequest {
  templateId: string;
  recipients: Recipients;
  channel: DeliveryChannel;
  now: Date;
  step?: StepValues;
  /** The book's RFM scores, asked for only when the template (or a call list) shows a group or lifetime value. */
  rfm?: () => RfmLookup;
}

/** Fields that need the book's RFM scores (an expensive read on a large book, kept between calls). */
const RFM_FIELDS = new Set(['rfmGroup', 'lifetimeValue']);
const PROGRESS_EVERY = 250;

export function usesRfm(version: Pick<TemplateVersion, 'subject' | 'body'>[]): boolean {
  return version.some((v) => [...templateFields(v.body), ...templateFields(v.subject)].some((f) => RFM_FIELDS.has(f.field)));
}

/** One recipient's text: the version in their language (else the business's), rendered with their values. */
export function personaliseOne(template: Pick<Template, 'versions'>, recipient: RecipientContext, businessLanguage: Language): Omit<Piece, 'postalAddress' | 'context'> {
  return { customerId: recipient.customerId, name: recipient.name, ...renderForCustomer(template, recipient.context, recipient.customerLanguage, businessLanguage) };
}

export function personalise(db: Reader, request: PersonaliseRequest, job?: JobControl): { template: Template; pieces: Piece[]; excluded: ExcludedRecipient[] } {
  const template = requireTemplate(db, request.templateId);
  const profile = readProfile(db);
  const { included, excluded } = resolveRecipients(db, request.recipients, request.channel, request.now);
  const versions = Object.values(template.versions).filter((v): v is TemplateVersion => v !== undefined);
  const needsRfm = request.rfm !== undefined && (request.channel === 'phone' || usesRfm(versions));
  const rfm = needsRfm ? request.rfm!() : undefined;
  const pieces: Piece[] = [];
  for (let start = 0; start < included.length; start += PROGRESS_EVERY) {
    job?.checkCancelled();
    job?.progress(start, included.length);
    const contexts = readRecipientContexts(db, included.slice(start, start + PROGRESS_EVERY), request.now, { rfm, step: request.step });
    for (const recipient of contexts) {
      pieces.push({ ...personaliseOne(template, recipient, profile.language), postalAddress: recipient.postalAddress, context: recipient.context });
    }
  }
  job?.progress(included.length, included.length);
  return { template, pieces, excluded };
}
