import { z } from 'zod';
import { IMPORT_FIELDS } from './import';

/** A stored preference's JSON may not be longer than this (characters): preferences are small choices, not data. */
export const MAX_PREFERENCE_CHARS = 64 * 1024;

/** How many file layouts the import remembers a mapping for; the oldest is forgotten first. */
export const MAX_REMEMBERED_LAYOUTS = 30;

const header = z.string().max(200);

/**
 * Choices made in the UI, kept per workspace in its file (so they survive restarts and travel with the file):
 * each key with the one shape its value may have. A key not listed here is refused.
 */
export const PREFERENCE_SCHEMAS = {
  /** The customers grid's visible columns, in grid order (ids the renderer knows; unknown ones are ignored). */
  'customers.columns': z.array(z.string().regex(/^[A-Za-z]{1,40}$/, 'A column id is a short word.')).min(1).max(40),
  /**
   * Column choices made on the import's mapping step, per set of headers, newest first. Header → field pairs as
   * a list, not an object: header text comes from files and must never become an object key.
   */
  'import.mappings': z
    .array(
      z
        .object({
          headers: z.array(header).min(1).max(500),
          mapping: z.array(z.tuple([header, z.enum(IMPORT_FIELDS)])).max(500),
        })
        .strict(),
    )
    .max(MAX_REMEMBERED_LAYOUTS),
  /** The trade-fair event the capture form books leads under. */
  'capture.event': z.string().max(120),
} as const;

export type PreferenceKey = keyof typeof PREFERENCE_SCHEMAS;
export type PreferenceValue<K extends PreferenceKey> = z.output<(typeof PREFERENCE_SCHEMAS)[K]>;
export const PREFERENCE_KEYS = Object.keys(PREFERENCE_SCHEMAS) as [PreferenceKey, ...PreferenceKey[]];

const fitsInLimit = (value: unknown) => JSON.stringify(value).length <= MAX_PREFERENCE_CHARS;
const tooLarge = `A preference is at most ${MAX_PREFERENCE_CHARS / 1024} KB.`;

export const PreferenceGetSchema = z.object({ key: z.enum(PREFERENCE_KEYS) }).strict();

/** One preference to store: the key decides the value's schema; the size is checked before anything is kept. */
export const PreferenceSetSchema = z.discriminatedUnion(
  'key',
  PREFERENCE_KEYS.map((key) =>
    z.object({ key: z.literal(key), value: (PREFERENCE_SCHEMAS[key] as z.ZodType).refine(fitsInLimit, tooLarge) }).strict(),
  ) as unknown as [z.ZodObject<{ key: z.ZodLiteral<PreferenceKey>; value: z.ZodType<unknown> }>],
);
export type PreferenceSet = { [K in PreferenceKey]: { key: K; value: PreferenceValue<K> } }[PreferenceKey];

/**
 * A stored value read back: parsed by its key's schema again, so a value written by another version (or by
 * hand with sqlite3) that no longer fits is treated as never set.
 */
export function parseStoredPreference<K extends PreferenceKey>(key: K, json: string): PreferenceValue<K> | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  const parsed = PREFERENCE_SCHEMAS[key].safeParse(value);
  return parsed.success ? (parsed.data as PreferenceValue<K>) : null;
}
