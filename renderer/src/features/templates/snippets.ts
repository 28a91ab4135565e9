/**
 * Pure helpers of the template editor: what the "Insert field" and "Insert format" menus put in, and where the
 * cursor goes after it. No React here, so they are tested alone (tests/unit/renderer/template-snippets.test.ts).
 */
import { MERGE_FIELD_GROUPS, MERGE_FIELDS, type MergeFieldGroup, type MergeFieldName } from '@shared/domain/template';
import { LANGUAGES, type Language } from '@shared/domain/profile';

export const FORMAT_SNIPPETS = {
  date: '{{lastPurchaseDate | date}}',
  money: '{{totalSpent | money}}',
  fallback: '{{firstName | "friend"}}',
  ifBlock: '{{#if isB2B}}…{{else}}…{{/if}}',
} as const;
export type FormatSnippet = keyof typeof FORMAT_SNIPPETS;

/** The merge fields by group, in the order MERGE_FIELDS lists them. */
export function fieldsByGroup(): { group: MergeFieldGroup; fields: MergeFieldName[] }[] {
  return MERGE_FIELD_GROUPS.map((group) => ({
    group,
    fields: (Object.keys(MERGE_FIELDS) as MergeFieldName[]).filter((name) => MERGE_FIELDS[name].group === group),
  }));
}

/** The text of one merge field's tag. */
export const fieldTag = (field: MergeFieldName): string => `{{${field}}}`;

/**
 * `snippet` put into `text` in place of the selection [start, end) (clamped into the text), and the cursor just
 * after what was put in.
 */
export function insertAt(text: string, start: number, end: number, snippet: string): { text: string; cursor: number } {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  return { text: text.slice(0, from) + snippet + text.slice(to), cursor: from + snippet.length };
}

/** The language tabs: the business language first, then the others in LANGUAGES order. */
export function languageOrder(business: Language): Language[] {
  return [business, ...LANGUAGES.filter((language) => language !== business)];
}
