import { LANGUAGES, type Language } from '../../domain/profile';
import type { Template, TemplateVersion } from '../../domain/template';

/**
 * The version of a template to write in: the customer's language (`wanted`) if the template has it, else the
 * business language, else the first language the template has (in LANGUAGES order). `fellBackFrom` is the wanted
 * language when it was not used (null when it was, or when nothing was wanted).
 * Throws when the template has no version at all (the schema refuses such a template, so it is a bug).
 */
export function pickVersion(
  template: Pick<Template, 'versions'>,
  wanted: string | null,
  businessLanguage: Language,
): { language: Language; version: TemplateVersion; fellBackFrom: string | null } {
  const has = (l: string): l is Language => (LANGUAGES as readonly string[]).includes(l) && Object.hasOwn(template.versions, l) && template.versions[l as Language] !== undefined;
  if (wanted !== null && has(wanted)) return { language: wanted, version: template.versions[wanted]!, fellBackFrom: null };
  const fellBackFrom = wanted;
  if (has(businessLanguage)) return { language: businessLanguage, version: template.versions[businessLanguage]!, fellBackFrom };
  const first = LANGUAGES.find((l) => has(l));
  if (first === undefined) throw new Error('This template has no text in any language.');
  return { language: first, version: template.versions[first]!, fellBackFrom };
}
