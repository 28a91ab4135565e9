import { z } from 'zod';
import { ProfilePatchSchema, ProfileSchema, type Profile } from '../domain/profile';
import type { AppInfo, RecentWorkspace, WorkspaceInfo, WorkspaceStatus } from '../domain/workspace';
import {
  CONSENT_CHANNELS,
  type Customer,
  CustomerInputSchema,
  CustomerListRequestSchema,
  CustomerPatchSchema,
  type CustomerRow,
} from '../domain/customer';
import { CaptureSchema, type CustomerMatch, MatchQuerySchema } from '../domain/capture';
import type { PersonalDataExport } from '../domain/privacy';
import { CustomersCsvRequestSchema, type ExportedFile } from '../domain/export';
import { type DuplicateGroup, MergeRequestSchema } from '../domain/merge';
import { type ImportHistoryEntry, type ImportPreview, ImportRequestSchema, type ImportResult } from '../domain/import';
import { PreferenceGetSchema, PreferenceSetSchema, type PreferenceValue, type PreferenceKey } from '../domain/preferences';
import { TIMELINE_KINDS, TimelineEntrySchema, type TimelineItem } from '../domain/timeline';
import { type ExchangeRates, RateDeleteSchema, RateSetSchema } from '../domain/rates';

/**
 * The one contract between renderer and main: every channel's request schema (checked at the boundary),
 * its response type, whether it changes data, and where it runs.
 *
 * - `engine` channels run in the engine worker against the open workspace (domain handlers).
 * - `shell` channels run in the main process (or the browser host): they need native ports such as dialogs,
 *   or they manage which workspace the engine has open.
 */
declare const responseMarker: unique symbol;
export interface Returns<T> {
  readonly [responseMarker]?: T;
}
const returns = <T>(): Returns<T> => ({});

interface ChannelSpec<Req extends z.ZodType, Res, Mutates extends boolean, Runs extends 'engine' | 'shell'> {
  request: Req;
  response: Returns<Res>;
  /** Mutations run one at a time, each in a transaction, and are journaled before they are acknowledged. */
  mutates: Mutates;
  runs: Runs;
}

/** Keeps the literal `mutates` and `runs` of each channel in its type, so handler types can depend on them. */
function channel<Req extends z.ZodType, Res, const Mutates extends boolean, const Runs extends 'engine' | 'shell'>(
  spec: ChannelSpec<Req, Res, Mutates, Runs>,
): ChannelSpec<Req, Res, Mutates, Runs> {
  return spec;
}

const empty = z.object({}).strict();
const recentId = z.object({ id: z.string().regex(/^[a-f0-9]{16}$/, 'Not a recent-workspace id.') }).strict();

export const contract = {
  'app.info': channel({ request: empty, response: returns<AppInfo>(), mutates: false, runs: 'shell' }),
  'app.openExternal': channel({
    request: z.object({ url: z.string().max(2048) }).strict(),
    response: returns<null>(),
    mutates: false,
    runs: 'shell',
  }),

  /** Asks the running long job (an import) to stop; it rolls back and answers `cancelled`. */
  'jobs.cancel': channel({ request: empty, response: returns<null>(), mutates: false, runs: 'shell' }),

  'workspace.info': channel({ request: empty, response: returns<WorkspaceStatus>(), mutates: false, runs: 'shell' }),
  'workspace.recent': channel({ request: empty, response: returns<RecentWorkspace[]>(), mutates: false, runs: 'shell' }),
  /** Creates a workspace where the save dialog says; answers null when the user cancels the dialog. */
  'workspace.create': channel({
    request: z.object({ profile: ProfileSchema }).strict(),
    response: returns<WorkspaceInfo | null>(),
    mutates: true,
    runs: 'shell',
  }),
  /** Opens the demo workspace (a made-up coffee roaster) from the app's data folder, generating it the first time. */
  'workspace.createDemo': channel({ request: empty, response: returns<WorkspaceInfo>(), mutates: true, runs: 'shell' }),
  'workspace.open': channel({ request: empty, response: returns<WorkspaceInfo | null>(), mutates: false, runs: 'shell' }),
  'workspace.openRecent': channel({ request: recentId, response: returns<WorkspaceInfo>(), mutates: false, runs: 'shell' }),
  'workspace.forgetRecent': channel({ request: recentId, response: returns<null>(), mutates: false, runs: 'shell' }),
  'workspace.saveCopy': channel({ request: empty, response: returns<{ path: string } | null>(), mutates: false, runs: 'shell' }),
  /** Writes the grid view as CSV where the save dialog says (the browser host: its documents folder, and a download). */
  'exports.customersCsv': channel({
    request: CustomersCsvRequestSchema,
    response: returns<(ExportedFile & { rows: number }) | null>(),
    mutates: false,
    runs: 'shell',
  }),
  /** Writes everything held about one person as a readable text file (right of access). */
  'exports.personData': channel({
    request: z.object({ id: z.string().uuid() }).strict(),
    response: returns<ExportedFile | null>(),
    mutates: false,
    runs: 'shell',
  }),
  /** Shows an exported file in its folder (a desktop shell only); the id comes from the export's answer. */
  'exports.reveal': channel({
    request: z.object({ revealId: z.string().uuid() }).strict(),
    response: returns<null>(),
    mutates: false,
    runs: 'shell',
  }),
  'workspace.reveal': channel({ request: empty, response: returns<null>(), mutates: false, runs: 'shell' }),
  'workspace.close': channel({ request: empty, response: returns<null>(), mutates: false, runs: 'shell' }),

  'profile.get': channel({ request: empty, response: returns<Profile>(), mutates: false, runs: 'engine' }),
  'profile.update': channel({ request: ProfilePatchSchema, response: returns<Profile>(), mutates: true, runs: 'engine' }),

  'customers.list': channel({
    request: CustomerListRequestSchema,
    response: returns<{ rows: CustomerRow[]; total: number }>(),
    mutates: false,
    runs: 'engine',
  }),
  'customers.get': channel({ request: z.object({ id: z.string().uuid() }).strict(), response: returns<Customer>(), mutates: false, runs: 'engine' }),
  'customers.create': channel({ request: z.object({ customer: CustomerInputSchema }).strict(), response: returns<Customer>(), mutates: true, runs: 'engine' }),
  'customers.update': channel({
    request: z.object({ id: z.string().uuid(), patch: CustomerPatchSchema }).strict(),
    response: returns<Customer>(),
    mutates: true,
    runs: 'engine',
  }),
  /** Deletes customers with their histories; `undoId` brings them back exactly with customers.restore. */
  'customers.delete': channel({
    request: z.object({ ids: z.array(z.string().uuid()).min(1).max(100_000) }).strict(),
    response: returns<{ deleted: number; undoId: string | null }>(),
    mutates: true,
    runs: 'engine',
  }),
  'customers.restore': channel({
    request: z.object({ undoId: z.string().uuid() }).strict(),
    response: returns<{ restored: number }>(),
    mutates: true,
    runs: 'engine',
  }),
  'customers.bulkUpdate': channel({
    request: z
      .object({
        ids: z.array(z.string().uuid()).min(1).max(100_000),
        addTags: z.array(z.string().trim().min(1).max(60)).max(20).default([]),
        removeTags: z.array(z.string().trim().min(1).max(60)).max(20).default([]),
        doNotContact: z.boolean().optional(),
        consent: z
          .object({ channel: z.enum(CONSENT_CHANNELS), status: z.enum(['granted', 'withdrawn']), evidence: z.string().trim().max(500).default('') })
          .strict()
          .optional(),
      })
      .strict(),
    response: returns<{ updated: number }>(),
    mutates: true,
    runs: 'engine',
  }),
  /** Every id the current search and tag filter show (the grid's "select all"). */
  'customers.ids': channel({
    request: z.object({ search: z.string().trim().max(200).default(''), tag: z.string().trim().max(60).optional() }).strict(),
    response: returns<string[]>(),
    mutates: false,
    runs: 'engine',
  }),
  /** Everything held about one person, as data the renderer saves as a readable file (right of access). */
  'customers.exportData': channel({ request: z.object({ id: z.string().uuid() }).strict(), response: returns<PersonalDataExport>(), mutates: false, runs: 'engine' }),
  /** Erases a person; a hash of the email keeps later imports from bringing them back. */
  'customers.erase': channel({
    request: z.object({ id: z.string().uuid() }).strict(),
    response: returns<{ erased: true; tombstone: boolean }>(),
    mutates: true,
    runs: 'engine',
  }),
  /** Customers already in the workspace who look like the same person, grouped with the reason. */
  'customers.findDuplicates': channel({ request: z.object({}).strict(), response: returns<DuplicateGroup[]>(), mutates: false, runs: 'engine' }),
  'customers.merge': channel({ request: MergeRequestSchema, response: returns<{ mergeId: string; customer: Customer }>(), mutates: true, runs: 'engine' }),
  'customers.unmerge': channel({
    request: z.object({ mergeId: z.string().uuid() }).strict(),
    response: returns<{ keptId: string; restoredId: string }>(),
    mutates: true,
    runs: 'engine',
  }),
  /** Customers who are likely the same person as the one being typed (capture form, add dialog, imports). */
  'customers.findMatches': channel({ request: MatchQuerySchema, response: returns<CustomerMatch[]>(), mutates: false, runs: 'engine' }),

  /** Trade-fair capture: one lead becomes an ordinary customer with the event as its source. */
  'capture.save': channel({ request: CaptureSchema, response: returns<Customer>(), mutates: true, runs: 'engine' }),
  'capture.count': channel({
    request: z.object({ event: z.string().trim().min(1).max(120), since: z.string().datetime({ offset: true }) }).strict(),
    response: returns<{ count: number }>(),
    mutates: false,
    runs: 'engine',
  }),
  /** Imports of customer files: the preview decodes, recognises and plans row by row; the run writes that plan. */
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

  /** Purchases, touchpoints and feedback of one customer, newest first. */
  'timeline.list': channel({
    request: z.object({ customerId: z.string().uuid() }).strict(),
    response: returns<TimelineItem[]>(),
    mutates: false,
    runs: 'engine',
  }),
  'timeline.add': channel({
    request: z.object({ customerId: z.string().uuid(), entry: TimelineEntrySchema }).strict(),
    response: returns<TimelineItem>(),
    mutates: true,
    runs: 'engine',
  }),
  'timeline.update': channel({
    request: z.object({ id: z.string().uuid(), entry: TimelineEntrySchema }).strict(),
    response: returns<TimelineItem>(),
    mutates: true,
    runs: 'engine',
  }),
  'timeline.delete': channel({
    request: z.object({ kind: z.enum(TIMELINE_KINDS), id: z.string().uuid() }).strict(),
    response: returns<{ deleted: number }>(),
    mutates: true,
    runs: 'engine',
  }),

  /** Exchange rates kept in the workspace (no network): every total is in the business currency. */
  'rates.list': channel({ request: empty, response: returns<ExchangeRates>(), mutates: false, runs: 'engine' }),
  /** Sets "1 currency = rate business currency" as of a date; answers the rates as they now are. */
  'rates.set': channel({ request: RateSetSchema, response: returns<ExchangeRates>(), mutates: true, runs: 'engine' }),
  /** Removes a currency's rate (its purchases then count in no total, and Settings asks for the rate again). */
  'rates.delete': channel({ request: RateDeleteSchema, response: returns<ExchangeRates>(), mutates: true, runs: 'engine' }),

  /** UI preferences of the open workspace (grid columns, import mappings, the capture event), kept in its file. */
  'preferences.get': channel({
    request: PreferenceGetSchema,
    response: returns<PreferenceValue<PreferenceKey> | null>(),
    mutates: false,
    runs: 'engine',
  }),
  'preferences.set': channel({ request: PreferenceSetSchema, response: returns<null>(), mutates: true, runs: 'engine' }),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
/** The request as handlers see it: parsed, defaults applied, strings trimmed. */
export type ParsedRequestOf<C extends Channel> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = Contract[C]['response'] extends Returns<infer T> ? T : never;

export const CHANNELS = Object.keys(contract) as Channel[];

export type EngineChannel = { [C in Channel]: Contract[C]['runs'] extends 'engine' ? C : never }[Channel];
export type ShellChannel = Exclude<Channel, EngineChannel>;

export const ENGINE_CHANNELS = CHANNELS.filter((c): c is EngineChannel => contract[c].runs === 'engine');
export const SHELL_CHANNELS = CHANNELS.filter((c): c is ShellChannel => contract[c].runs === 'shell');

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
