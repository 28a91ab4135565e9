import { z } from 'zod';
import { type ImportHistoryEntry, type ImportPreview, ImportRequestSchema, type ImportResult } from '../domain/import';
import { channel, domain, returns } from './define';
import { empty } from './schemas';

/** Imports of customer files: the preview decodes, recognises and plans row by row; the run writes that plan. */
export const importsContract = domain('imports', {
  'imports.preview': channel({ request: ImportRequestSchema, response: returns<ImportPreview>(), mutates: false, runs: 'engine' }),
  'imports.run': channel({ request: ImportRequestSchema, response: returns<ImportResult>(), mutates: true, runs: 'engine' }),
  'imports.undo': channel({
    request: z.object({ importId: z.string().uuid() }).strict(),
    response: returns<{ removed: number; restored: number }>(),
    mutates: true,
    runs: 'engine',
  }),
  /** Past imports, newest first, each with whether *Undo* is still safe and, when not, why. */
  'imports.history': channel({ request: empty, response: returns<ImportHistoryEntry[]>(), mutates: false, runs: 'engine' }),
});
