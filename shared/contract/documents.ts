import { z } from 'zod';
import { ConfirmSentSchema, type DocumentExportAnswer, DocumentExportSchema, type SentBatch } from '../domain/document';
import { channel, domain, returns } from './define';

/** DOCX documents produced in the engine through the one file flow (electron/engine/files/). */
export const documentsContract = domain('documents', {
  'documents.export': channel({
    request: DocumentExportSchema,
    response: returns<DocumentExportAnswer | null>(),
    mutates: false,
    runs: 'shell',
    file: { kind: 'docx', dialogTitle: 'Save document' },
  }),
  /** After the user says the letters or cards went out: one touchpoint per recipient, in one undoable step. */
  'documents.confirmSent': channel({ request: ConfirmSentSchema, response: returns<SentBatch>(), mutates: true, runs: 'engine' }),
  'documents.undoSent': channel({ request: z.object({ batchId: z.string().uuid() }).strict(), response: returns<{ removed: number }>(), mutates: true, runs: 'engine' }),
});
