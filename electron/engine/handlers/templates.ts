import { deleteTemplate, insertTemplate, listTemplates, requireTemplate, resetStarter, restoreTemplate, updateTemplate } from '../store/templates';
import type { EngineHandler } from './types';

/** templates.*: the saved templates (store/templates.ts). Rendering, context and coverage come with the writing services. */

const list: EngineHandler<'templates.list'> = ({ db }) => listTemplates(db);

const create: EngineHandler<'templates.create'> = ({ db, now, newId }, input) => {
  const id = newId();
  insertTemplate(db, id, input, now());
  return requireTemplate(db, id);
};

const update: EngineHandler<'templates.update'> = ({ db, now }, { id, patch }) => {
  updateTemplate(db, id, patch, now());
  return requireTemplate(db, id);
};

const remove: EngineHandler<'templates.delete'> = ({ db, now }, { id }) => {
  deleteTemplate(db, id, now());
  return { id };
};

const restore: EngineHandler<'templates.restore'> = ({ db }, { id }) => {
  restoreTemplate(db, id);
  return requireTemplate(db, id);
};

const reset: EngineHandler<'templates.resetStarter'> = ({ db, now }, { id }) => {
  resetStarter(db, id, now());
  return requireTemplate(db, id);
};

export const templateHandlers = {
  'templates.list': list,
  'templates.create': create,
  'templates.update': update,
  'templates.delete': remove,
  'templates.restore': restore,
  'templates.resetStarter': reset,
};
