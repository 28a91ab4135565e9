import { z } from 'zod';
import { CustomersCsvRequestSchema, type ExportedFile } from '../domain/export';
import { channel, domain, returns } from './define';
import { byId } from './schemas';

/**
 * Files the engine writes. A channel with `file` needs no handler in the shell or the session: the one file flow
 * asks its producer (electron/engine/files/) for a name, asks the user where, and has the producer write it.
 */
export const exportsContract = domain('exports', {
  /** Writes the grid view as CSV where the save dialog says (the browser host: its documents folder, and a download). */
  'exports.customersCsv': channel({
    request: CustomersCsvRequestSchema,
    response: returns<(ExportedFile & { rows: number }) | null>(),
    mutates: false,
    runs: 'shell',
    file: { kind: 'csv', dialogTitle: 'Export customers' },
  }),
  /** Writes everything held about one person as a readable text file (right of access). */
  'exports.personData': channel({
    request: byId,
    response: returns<ExportedFile | null>(),
    mutates: false,
    runs: 'shell',
    file: { kind: 'text', dialogTitle: 'Export personal data' },
  }),
  /** Shows an exported file in its folder (a desktop shell only); the id comes from the export's answer. */
  'exports.reveal': channel({
    request: z.object({ revealId: z.string().uuid() }).strict(),
    response: returns<null>(),
    mutates: false,
    runs: 'shell',
  }),
});
