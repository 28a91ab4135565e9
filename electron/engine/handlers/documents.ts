import { deleteSentBatch, insertSentBatch } from '../store/sent-batches';
import { requireTemplate } from '../store/templates';
import type { EngineHandler } from './types';

/** documents.confirmSent / undoSent: the letters or cards that went out, as one undoable batch of touchpoints. */

const confirmSent: EngineHandler<'documents.confirmSent'> = ({ db, now, newId }, { kind, templateId, customerIds, date }) => {
  const template = requireTemplate(db, templateId);
  const batchId = newId();
  const touchpoints = insertSentBatch(db, { batchId, medium: kind === 'letters' ? 'letter' : 'gift', summary: template.name, date, customerIds }, newId, now());
  return { batchId, touchpoints };
};

const undoSent: EngineHandler<'documents.undoSent'> = ({ db }, { batchId }) => ({ removed: deleteSentBatch(db, batchId) });

export const documentHandlers = {
  'documents.confirmSent': confirmSent,
  'documents.undoSent': undoSent,
};
