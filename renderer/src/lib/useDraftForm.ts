import { useState } from 'react';

/**
 * The state of a form that edits a saved record (the business profile, a customer): the user's unsaved draft
 * (null while it shows what is saved), the fields they have left (whose errors then show), and whether they
 * tried to save (then every error shows). Saving, and what a save sends, stay with the form.
 */
export function useDraftForm<T extends object, F extends keyof T & string, P extends object>(
  saved: T,
  rules: {
    /** What changed between the saved record and the value shown: the patch a save sends. */
    diff: (saved: T, value: T) => P;
    /** Field → message for each field that is wrong. */
    validate: (value: T) => Partial<Record<F, string>>;
    /** What the form shows of a draft (e.g. the saved values of fields edited elsewhere). */
    view?: (draft: T) => T;
  },
) {
  const [draft, setDraft] = useState<T | null>(null);
  const [touched, setTouched] = useState<Partial<Record<F, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);

  const value = draft === null ? saved : (rules.view?.(draft) ?? draft);
  const patch = rules.diff(saved, value);
  const dirty = Object.keys(patch).length > 0;
  const errors = rules.validate(value);
  const shown = Object.fromEntries(Object.entries(errors).filter(([field]) => submitted || touched[field as F])) as Partial<Record<F, string>>;

  return {
    value,
    patch,
    dirty,
    /** The errors to show now: of fields the user has left, or all once they tried to save. */
    errors: shown,
    change: (field: F, next: T[F]) => setDraft({ ...value, [field]: next }),
    touch: (field: F) => setTouched((before) => ({ ...before, [field]: true })),
    /** Back to showing what is saved, with no errors shown. */
    reset: () => {
      setDraft(null);
      setTouched({});
      setSubmitted(false);
    },
    /** Marks the form as submitted (all errors show); true when there is a valid change to save. */
    trySubmit: () => {
      setSubmitted(true);
      return dirty && Object.keys(errors).length === 0;
    },
  };
}
