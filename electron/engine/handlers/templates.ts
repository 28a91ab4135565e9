import { deleteTemplate, insertTemplate, listTemplates, requireTemplate, resetStarter, restoreTemplate, updateTemplate } from '../store/templates';
import { RapportFailure } from '../../../shared/contract/result';
import type { Template } from '../../../shared/domain/template';
import { readProfile } from '../store/profile';
import { coverageOf } from '../writing/coverage';
import { readRecipientContexts } from '../writing/merge-context';
import { personaliseOne, usesRfm } from '../writing/personalise';
import { addMissingStarters } from '../writing/starters';
import { bookRfm, todayOf } from './rfm-cache';
import type { EngineHandler, HandlerContext } from './types';
import type { Reader } from '../database';

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

const addStarters: EngineHandler<'templates.addMissingStarters'> = ({ db, now, newId }) => ({ added: addMissingStarters(db, now(), newId) });

/** One customer's merge values; the book's RFM is read only when asked for (the grid keeps it between calls). */
function recipientContext(ctx: HandlerContext<Reader>, customerId: string, withRfm: boolean) {
  const rfm = withRfm ? bookRfm(ctx, todayOf(ctx.now)) : undefined;
  const [recipient] = readRecipientContexts(ctx.db, [customerId], ctx.now(), { rfm });
  if (!recipient) throw new RapportFailure('not-found', 'That customer does not exist (any more).', { id: customerId });
  return recipient;
}

const render: EngineHandler<'templates.render'> = (ctx, request) => {
  const template: Pick<Template, 'versions'> =
    'templateId' in request ? requireTemplate(ctx.db, request.templateId) : { versions: { [readProfile(ctx.db).language]: { subject: request.subject, body: request.body } } };
  const versions = Object.values(template.versions).filter((v) => v !== undefined);
  const recipient = recipientContext(ctx, request.customerId, usesRfm(versions));
  const businessLanguage = readProfile(ctx.db).language;
  // an asked-for language wins over the customer's (the editor previews one language tab)
  const chosen = request.language ? { ...recipient, customerLanguage: request.language } : recipient;
  const piece = personaliseOne(template, chosen, businessLanguage);
  return { text: piece.text, subject: piece.subject, language: piece.language, fellBackFrom: piece.fellBackFrom, warnings: piece.warnings };
};

const context: EngineHandler<'templates.context'> = (ctx, { customerId, language }) => {
  const recipient = recipientContext(ctx, customerId, true);
  return { customerId, name: recipient.name, language: language ?? recipient.language, wantedLanguage: recipient.wantedLanguage, customerLanguage: recipient.customerLanguage, context: recipient.context };
};

const coverage: EngineHandler<'templates.coverage'> = ({ db, now }, { templateId, recipients, channel }) =>
  coverageOf(db, requireTemplate(db, templateId), recipients, channel, now());

export const templateHandlers = {
  'templates.addMissingStarters': addStarters,
  'templates.render': render,
  'templates.context': context,
  'templates.coverage': coverage,
  'templates.list': list,
  'templates.create': create,
  'templates.update': update,
  'templates.delete': remove,
  'templates.restore': restore,
  'templates.resetStarter': reset,
};
