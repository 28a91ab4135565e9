import type { TFunction } from 'i18next';
import type { z } from 'zod';
import {
  AttentionRulesSchema,
  PointsRulesSchema,
  ProgramInputSchema,
  type ProgramRules,
  ReferralRulesSchema,
  StampCardRulesSchema,
  TiersRulesSchema,
} from '@shared/domain/program';
import { defaultRules, type ProgramDraft } from './kinds';

/** Field path ("name", "rules.rewardAt", "rules.thresholds.0.points") → the message to show under it. */
export type DraftErrors = Record<string, string>;

const rulesSchema = (rules: ProgramRules): z.ZodType =>
  rules.type === 'stampCard'
    ? StampCardRulesSchema
    : rules.type === 'points'
      ? PointsRulesSchema
      : rules.type === 'tiers'
        ? TiersRulesSchema
        : rules.type === 'referral'
          ? ReferralRulesSchema
          : AttentionRulesSchema;

/**
 * The schemas' verdict on a draft, by field. The program's own messages ("A program needs a name.", "A program ends
 * on or after its start.") are shown as the schema words them; number ranges, which zod words for developers, get
 * plain words ("At least 2."). The rules are checked against their type's schema, so a message lands on its field
 * rather than on the union as a whole.
 */
export function draftErrors(draft: ProgramDraft, t: TFunction): DraftErrors {
  const errors: DraftErrors = {};
  const add = (prefix: string[], issues: z.core.$ZodIssue[]) => {
    for (const issue of issues) {
      const path = [...prefix, ...issue.path.map(String)].join('.');
      if (errors[path]) continue;
      errors[path] = wordIssue(issue, t);
    }
  };
  const rest = ProgramInputSchema.safeParse({ ...draft, rules: defaultRules(draft.rules.type) });
  if (!rest.success) add([], rest.error.issues);
  const rules = rulesSchema(draft.rules).safeParse(draft.rules);
  if (!rules.success) add(['rules'], rules.error.issues);
  return errors;
}

function wordIssue(issue: z.core.$ZodIssue, t: TFunction): string {
  if (issue.code === 'too_small' && issue.origin === 'number') return t('programs.errors.min', { min: Number(issue.minimum) });
  if (issue.code === 'too_big' && issue.origin === 'number') return t('programs.errors.max', { max: Number(issue.maximum) });
  if (issue.code === 'too_big' && issue.origin === 'string') return t('programs.errors.tooLong', { max: Number(issue.maximum) });
  if (issue.code === 'invalid_type' && issue.expected === 'int') return t('programs.errors.whole');
  if (issue.code === 'invalid_union' || issue.code === 'invalid_format') return t('programs.errors.date');
  return issue.message;
}
