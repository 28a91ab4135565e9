import type { TFunction } from 'i18next';
import {
  type Customer,
  type CustomerFields,
  CustomerInputSchema,
  type CustomerPatch,
  CustomerPatchSchema,
  EMPTY_CUSTOMER,
} from '@shared/domain/customer';
import { phoneLooksWrong } from '@shared/logic/contact-rules';

export type CustomerField = keyof CustomerFields;
export type CustomerErrors = Partial<Record<CustomerField, string>>;

export { EMPTY_CUSTOMER };

/** The editable fields of a stored customer (no id, timestamps, consents or facts). */
export function fieldsOf(customer: Customer | CustomerFields): CustomerFields {
  const fields = {} as Record<string, unknown>;
  for (const key of Object.keys(EMPTY_CUSTOMER) as CustomerField[]) fields[key] = customer[key];
  return fields as CustomerFields;
}

/** Words one zod issue about `field` in the UI language. */
function message(field: CustomerField, code: string, maximum: unknown, t: TFunction): string {
  if (code === 'too_big') return t('customers.errors.tooLong', { max: Number(maximum) });
  // the shared contact rules are refinements too: their field says which message it is
  if (field === 'email') return t('customers.errors.email');
  if (field === 'phone') return t('customers.errors.phone');
  if (code === 'custom') return t('customers.errors.needsName');
  switch (field) {
    case 'country':
      return t('customers.errors.country');
    case 'language':
      return t('customers.errors.language');
    case 'birthday':
      return t('customers.errors.birthday');
    case 'customerSince':
    case 'leftCompanyAt':
      return t('customers.errors.date');
    case 'tags':
      return t('customers.errors.tags');
    default:
      return t('customers.errors.invalid');
  }
}

/** The longest allowed length, when a union (email) hides the too_big issue one level down. */
function maximumOf(issue: { code: string; maximum?: unknown; errors?: unknown }): { code: string; maximum: unknown } {
  if (issue.code === 'invalid_union' && Array.isArray(issue.errors)) {
    for (const branch of issue.errors as { code: string; maximum?: unknown }[][]) {
      const big = branch.find((i) => i.code === 'too_big');
      if (big) return { code: 'too_big', maximum: big.maximum };
    }
  }
  return { code: issue.code, maximum: issue.maximum };
}

/**
 * The warning for a phone number that is written like one but is not a real number in the given country (or the
 * number's own, with +): shown beside the field; the number is still saved as typed.
 */
export function phoneWarning(phone: string, country: string, t: TFunction): string | null {
  return phoneLooksWrong(phone, country) ? t('customers.warnings.phone') : null;
}

/** Checks a whole draft with the shared CustomerInputSchema (so a customer keeps a name, company or email). */
export function validateCustomer(draft: CustomerFields, t: TFunction): CustomerErrors {
  const result = CustomerInputSchema.safeParse(draft);
  if (result.success) return {};
  const errors: CustomerErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as CustomerField | undefined;
    if (!field || errors[field]) continue;
    const { code, maximum } = maximumOf(issue as never);
    errors[field] = message(field, code, maximum, t);
  }
  return errors;
}

/** Checks a patch for one stored customer: the patch's own fields, then the merged record's name rule. */
export function validatePatch(base: CustomerFields, patch: CustomerPatch, t: TFunction): string | null {
  const parsed = CustomerPatchSchema.safeParse(patch);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const { code, maximum } = maximumOf(issue as never);
    return message(issue.path[0] as CustomerField, code, maximum, t);
  }
  const merged = validateCustomer({ ...base, ...parsed.data } as CustomerFields, t);
  const first = Object.values(merged)[0];
  return first ?? null;
}

const sameTags = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((tag, i) => tag === b[i]);

/** What the user changed, trimmed the way the schema trims: the patch Save sends. */
export function changedFields(base: CustomerFields, draft: CustomerFields): CustomerPatch {
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(EMPTY_CUSTOMER) as CustomerField[]) {
    const before = base[key];
    const after = draft[key];
    if (typeof after === 'string') {
      const trimmed = after.trim();
      if (trimmed !== before) patch[key] = trimmed;
    } else if (Array.isArray(after)) {
      if (!sameTags(before as string[], after)) patch[key] = after;
    } else if (after !== before) {
      patch[key] = after;
    }
  }
  return patch as CustomerPatch;
}

/**
 * The grid's Name column edits the name as one string: a company without a contact person edits the company;
 * otherwise the last word becomes the last name and the rest the first name ("Anna Maria Berg" → Anna Maria / Berg).
 */
export function nameToPatch(row: CustomerFields, name: string): CustomerPatch {
  const value = name.trim().replace(/\s+/g, ' ');
  if (row.firstName === '' && row.lastName === '' && (row.company !== '' || row.kind === 'company')) return { company: value };
  const space = value.lastIndexOf(' ');
  if (space < 0) return { firstName: value, lastName: '' };
  return { firstName: value.slice(0, space), lastName: value.slice(space + 1) };
}
