import { z } from 'zod';

export const IMPORT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1250', 'windows-1252', 'iso-8859-2'] as const;
export const IMPORT_DELIMITERS = [',', ';', '\t', '|'] as const;
export const IMPORT_FIELDS = [
  'firstName', 'lastName', 'fullName', 'salutation', 'company', 'role', 'email', 'phone', 'street', 'postalCode', 'city', 'region',
  'country', 'language', 'birthday', 'customerSince', 'source', 'notes', 'tags', 'kind', 'leftCompanyAt',
  'emailConsent', 'smsConsent', 'consentAt', 'consentEvidence', 'unsubscribedAt', 'cleanedAt',
  'purchaseDate', 'amount', 'unitPrice', 'quantity', 'currency', 'product', 'category', 'salesChannel', 'orderRef', 'ignore',
] as const;

export type ImportFieldName = (typeof IMPORT_FIELDS)[number];
const FIELD_NAMES: ReadonlySet<string> = new Set(IMPORT_FIELDS);

/**
 * Header → field, from the mapping screen. Read into a Map from the object's own entries: a record schema
 * would drop a header named `__proto__`, and a plain object keyed by file text reaches Object.prototype.
 */
const MappingSchema = z
  .custom<Record<string, ImportFieldName>>(
    (value) =>
      typeof value === 'object' && value !== null && !Array.isArray(value) &&
      Object.keys(value).length <= 2000 &&
      Object.entries(value).every(([header, field]) => header.length <= 200 && typeof field === 'string' && FIELD_NAMES.has(field)),
    'The mapping must give each column header (up to 200 characters) a field Rapport knows.',
  )
  .transform((value) => new Map<string, ImportFieldName>(Object.entries(value)));

/** Files arrive as bytes from the renderer (never a path); 48 MiB of file fits the host's 64 MiB request limit. */
export const ImportRequestSchema = z
  .object({
    fileName: z.string().trim().min(1).max(255),
    dataBase64: z.string().max(67_108_864).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file must be sent as base64.'),
    encoding: z.enum(IMPORT_ENCODINGS).optional(),
    delimiter: z.enum(IMPORT_DELIMITERS).optional(),
    /** Header → field, from the mapping screen; recognised formats need none. */
    mapping: MappingSchema.optional(),
  })
  .strict();

export interface ImportPlanRow {
  line: number;
  action: 'create' | 'update' | 'merge' | 'skip' | 'error';
  reason: string;
  /** For an error: every problem of the row (the reason joins them). */
  problems?: string[];
  name: string;
  email: string;
  matchId?: string;
}

export interface ImportCounts {
  created: number;
  updated: number;
  merged: number;
  skipped: number;
  failed: number;
}

/**
 * What the mapping step should point out. `unmapped`: columns Rapport has no meaning for (left out);
 * `ambiguous`: columns left out because an earlier one took the same field. Both make a layout worth checking.
 * `duplicate` and `overlap` lose data if run as they are: two columns on one field keep only the first
 * non-empty value; a full name beside a first or last name is used only where both of those are empty.
 */
export type MappingWarning =
  | { kind: 'unmapped' | 'ambiguous'; headers: string[] }
  | { kind: 'duplicate'; headers: string[]; field: ImportFieldName }
  /** `headers`: the full-name column first, then the first- and last-name columns beside it. */
  | { kind: 'overlap'; headers: string[] };

export interface ImportPreview {
  fileName: string;
  /** A customers file, or a purchases file (one purchase per row, matched to customers by email or name). */
  kind: 'customers' | 'purchases';
  encoding: (typeof IMPORT_ENCODINGS)[number];
  encodingConfidence: 'certain' | 'likely' | 'unsure';
  encodingAlternatives: Array<{ encoding: (typeof IMPORT_ENCODINGS)[number]; sample: string }>;
  delimiter: (typeof IMPORT_DELIMITERS)[number];
  format: { id: string; label: string } | null;
  headers: string[];
  mapping: Record<string, (typeof IMPORT_FIELDS)[number]>;
  /** Empty when every column mapped well. */
  mappingWarnings: MappingWarning[];
  /** The first lines as decoded, so people can see the letters are right. */
  sample: string[][];
  /** Row by row, up to the first 500 of each action; `counts` has the totals. */
  rows: ImportPlanRow[];
  counts: ImportCounts;
}

export interface ImportResult extends ImportCounts {
  importId: string;
}

/** One import as the history shows it: when, which file, what it did, and whether it can still be undone. */
export interface ImportHistoryEntry {
  id: string;
  fileName: string;
  /** The recognised export (shopify-orders, mailchimp, …), or '' for a file mapped by its headers. */
  format: string;
  kind: 'customers' | 'purchases' | '';
  at: string;
  counts: ImportCounts;
  /** How many customers it created or updated, and the first few of them by name. */
  touched: number;
  touchedNames: string[];
  /** Set once undone. */
  undoneAt: string;
  /** Empty when *Undo* is safe; otherwise each reason it is not (a later edit, merge, deletion, purchase). */
  undoBlockers: string[];
}
