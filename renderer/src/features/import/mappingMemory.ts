import type { IMPORT_FIELDS } from '../../../../shared/domain/import';

export type ImportField = (typeof IMPORT_FIELDS)[number];
export type Mapping = Record<string, ImportField>;

/**
 * Column choices people made on the mapping screen, remembered per set of headers (the same export from the
 * same system has the same headers), so the next file of that layout maps itself. Kept in localStorage: a
 * preference of this computer, not data of the workspace.
 */
const PREFIX = 'rapport.import.mapping.';

function keyOf(headers: string[]): string {
  // FNV-1a over the header list: a short, stable key for a long list
  let hash = 0x811c9dc5;
  const text = headers.map((h) => h.trim().toLowerCase()).join('\u001f');
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${PREFIX}${headers.length}.${hash.toString(16)}`;
}

export function recallMapping(headers: string[]): Mapping | null {
  try {
    const raw = localStorage.getItem(keyOf(headers));
    if (!raw) return null;
    const stored = JSON.parse(raw) as { headers: string[]; mapping: Mapping };
    if (JSON.stringify(stored.headers) !== JSON.stringify(headers)) return null; // a hash collision
    return stored.mapping;
  } catch {
    return null;
  }
}

export function rememberMapping(headers: string[], mapping: Mapping): void {
  try {
    localStorage.setItem(keyOf(headers), JSON.stringify({ headers, mapping }));
  } catch {
    // storage full or blocked: remembering is a convenience
  }
}

export function forgetMapping(headers: string[]): void {
  try {
    localStorage.removeItem(keyOf(headers));
  } catch {
    // as above
  }
}

export const sameMapping = (a: Mapping, b: Mapping): boolean => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if ((a[key] ?? 'ignore') !== (b[key] ?? 'ignore')) return false;
  return true;
};
