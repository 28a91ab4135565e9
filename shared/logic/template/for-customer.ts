import type { Language } from '../../domain/profile';
import type { MergeContext, Template, TemplateWarning } from '../../domain/template';
import { renderTemplate } from './render';
import { pickVersion } from './version';

export interface CustomerText {
  language: Language;
  /** The customer's language when the template has no version in it (the fallback is reported). */
  fellBackFrom: string | null;
  subject: string;
  text: string;
  warnings: TemplateWarning[];
}

/**
 * One customer's text from a template: the version in their language (else the business's), subject and body
 * rendered with their merge values. The engine's documents and the editor's live preview both call this, so what
 * the preview shows is what is printed.
 */
export function renderForCustomer(
  template: Pick<Template, 'versions'>,
  context: MergeContext,
  customerLanguage: string | null,
  businessLanguage: Language,
): CustomerText {
  const { language, version, fellBackFrom } = pickVersion(template, customerLanguage || null, businessLanguage);
  const body = renderTemplate(version.body, context, { language });
  const subject = renderTemplate(version.subject, context, { language });
  const warnings: TemplateWarning[] = [...body.warnings];
  // the subject's own problems, except "empty" (most notes have no subject)
  for (const w of subject.warnings) if (w.code !== 'empty-result') warnings.push(w);
  if (fellBackFrom !== null) warnings.push({ code: 'language-fallback', field: fellBackFrom });
  return { language, fellBackFrom, subject: subject.text, text: body.text, warnings };
}
