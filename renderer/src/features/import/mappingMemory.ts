import type { IMPORT_FIELDS } from '@shared/domain/import';
import { MAX_PREFERENCE_CHARS, MAX_REMEMBERED_LAYOUTS, type PreferenceValue } from '@shared/domain/preferences';
import { keepPreferenceLoaded, readPreference, writePreference } from '../../lib/preferences';

export type ImportField = (typeof IMPORT_FIELDS)[number];
export type Mapping = Record<string, ImportField>;
type Layouts = PreferenceValue<'import.mappings'>;

/**
 * Column choices people made on the mapping screen, remembered per set of headers (the same export from the
 * same system has the same headers), so the next file of that layout maps itself. Kept in the workspace file
 * (preference `import.mappings`), newest first.
 *
 * The functions stay synchronous for the wizard: the remembered layouts are loaded when a workspace opens (the
 * query cache keeps them, refetched on every switch), long before a file is previewed.
 */
const KEY = 'import.mappings';
keepPreferenceLoaded(KEY);

const sameHeaders = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((header, i) => header === b[i]);
const layouts = (): Layouts => readPreference(KEY) ?? [];

export function recallMapping(headers: string[]): Mapping | null {
  const stored = layouts().find((layout) => sameHeaders(layout.headers, headers));
  if (!stored) return null;
  // header text comes from files: it must not reach Object.prototype
  const mapping: Mapping = Object.create(null);
  for (const [header, field] of stored.mapping) mapping[header] = field;
  return mapping;
}

export function rememberMapping(headers: string[], mapping: Mapping): void {
  const entry = { headers, mapping: headers.map((header): [string, ImportField] => [header, Object.hasOwn(mapping, header) ? mapping[header]! : 'ignore']) };
  const next = [entry, ...layouts().filter((layout) => !sameHeaders(layout.headers, headers))].slice(0, MAX_REMEMBERED_LAYOUTS);
  // a very wide file's layout could pass the size limit: the oldest layouts make room, a single one too wide is not kept
  while (next.length > 0 && JSON.stringify(next).length > MAX_PREFERENCE_CHARS) next.pop();
  writePreference(KEY, next);
}

export function forgetMapping(headers: string[]): void {
  writePreference(KEY, layouts().filter((layout) => !sameHeaders(layout.headers, headers)));
}

export const sameMapping = (a: Mapping, b: Mapping): boolean => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if ((a[key] ?? 'ignore') !== (b[key] ?? 'ignore')) return false;
  return true;
};
