import { z } from 'zod';
import {
  type Coverage,
  CoverageRequestSchema,
  type MergeContextAnswer,
  type RenderResult,
  RenderRequestSchema,
  type Template,
  TemplateInputSchema,
  TemplateUpdateSchema,
} from '../domain/template';
import { LANGUAGES } from '../domain/profile';
import { channel, domain, returns } from './define';
import { byId, empty } from './schemas';

/** Templates (shared/domain/template.ts); rendering is shared/logic/template/, the same code on both sides. */
export const templatesContract = domain('templates', {
  'templates.list': channel({ request: empty, response: returns<Template[]>(), mutates: false, runs: 'engine' }),
  'templates.create': channel({ request: TemplateInputSchema, response: returns<Template>(), mutates: true, runs: 'engine' }),
  'templates.update': channel({ request: TemplateUpdateSchema, response: returns<Template>(), mutates: true, runs: 'engine' }),
  /** Deletes a template; `templates.restore` brings it back (undo). */
  'templates.delete': channel({ request: byId, response: returns<{ id: string }>(), mutates: true, runs: 'engine' }),
  'templates.restore': channel({ request: byId, response: returns<Template>(), mutates: true, runs: 'engine' }),
  /** Puts a starter template's original text back (its edits are replaced). */
  'templates.resetStarter': channel({ request: byId, response: returns<Template>(), mutates: true, runs: 'engine' }),
  /** Adds back the starter templates that were deleted; answers how many came back. */
  'templates.addMissingStarters': channel({ request: empty, response: returns<{ added: number }>(), mutates: true, runs: 'engine' }),
  /** One customer's text from a saved template or an unsaved body. */
  'templates.render': channel({ request: RenderRequestSchema, response: returns<RenderResult>(), mutates: false, runs: 'engine' }),
  /** One customer's merge values, for the editor's live preview (rendered in the renderer with the same code). */
  'templates.context': channel({
    request: z.object({ customerId: z.string().uuid(), language: z.enum(LANGUAGES).optional() }).strict(),
    response: returns<MergeContextAnswer>(),
    mutates: false,
    runs: 'engine',
  }),
  /** Before producing anything: who lacks a field the template uses, and who is left out and why. */
  'templates.coverage': channel({ request: CoverageRequestSchema, response: returns<Coverage>(), mutates: false, runs: 'engine' }),
});
