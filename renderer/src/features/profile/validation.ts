import type { TFunction } from 'i18next';
import { ProfileSchema, type Profile } from '@shared/domain/profile';

export type ProfileField = keyof Profile;
export type ProfileErrors = Partial<Record<ProfileField, string>>;

/** Checks a draft with the shared ProfileSchema and words each field's first problem in the UI language. */
export function validateProfile(draft: Profile, t: TFunction): ProfileErrors {
  const result = ProfileSchema.safeParse(draft);
  if (result.success) return {};
  const errors: ProfileErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as ProfileField | undefined;
    if (!field || errors[field]) continue;
    if (field === 'grossMarginPercent') errors[field] = t('profile.errors.grossMargin');
    else if (issue.code === 'too_big') errors[field] = t('profile.errors.tooLong', { max: Number(issue.maximum) });
    else if (field === 'name') errors[field] = t('profile.errors.required');
    else if (field === 'country') errors[field] = t('profile.errors.country');
    else if (field === 'currency') errors[field] = t('profile.errors.currency');
    else if (field === 'brandColour') errors[field] = t('profile.errors.brandColour');
    else errors[field] = t('profile.errors.invalid');
  }
  return errors;
}

export function changedFields(base: Profile, draft: Profile): Partial<Profile> {
  const patch: Partial<Profile> = {};
  for (const key of Object.keys(draft) as ProfileField[]) {
    const value = draft[key];
    const cleaned = typeof value === 'string' ? value.trim() : value;
    if (cleaned !== base[key]) (patch as Record<string, string | number>)[key] = cleaned;
  }
  return patch;
}
