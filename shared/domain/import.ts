import { z } from 'zod';

export const IMPORT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1250', 'windows-1252', 'iso-8859-2'] as const;
export const IMPORT_DELIMITERS = [',', ';', '\t', '|'] as const;
export const IMPORT_FIELDS = [
  'firstName', 'lastName', 'fullName', 'company', 'role', 'email', 'phone', 'street', 'postalCode', 'city', 'region',
  'country', 'language', 'birthday', 'customerSince', 'source', 'notes', 'tags', 'kind', 'leftCompanyAt',
  'emailConsent', 'smsConsent', 'consentAt', 'consentEvidence', 'unsubscribedAt', 'cleanedAt',
  'purchaseDate', 'amount', 'unitPrice', 'quantity', 'currency', 'product', 'category', 'salesChannel', 'orderRef', 'ignore',
] as const;

/** Files arrive as bytes from the renderer (never a path); 48 MiB of file fits the host's 64 MiB request limit. */
export const ImportRequestSchema = z
  .object({
    fileName: z.string().trim().min(1).max(255),
    dataBase64: z.string().max(67_108_864).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file must be sent as base64.'),
    encoding: z.enum(IMPORT_ENCODINGS).optional(),
    delimiter: z.enum(IMPORT_DELIMITERS).optional(),
    /** Header → field, from the mapping screen; recognised formats need none. */
    mapping: z.record(z.string().max(200), z.enum(IMPORT_FIELDS)).optional(),
  })
  .strict();

export interface ImportPlanRow {
  line: number;
  action: 'create' | 'update' | 'merge' | 'skip' | 'error';
  reason: string;
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
  /** The first lines as decoded, so people can see the letters are right. */
  sample: string[][];
  /** Row by row, up to the first 500 of each action; `counts` has the totals. */
  rows: ImportPlanRow[];
  counts: ImportCounts;
}

export interface ImportResult extends ImportCounts {
  importId: string;
}
