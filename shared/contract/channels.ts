import type { z } from 'zod';
import { appContract } from './app';
import { attentionContract } from './attention';
import { campaignsContract, policyContract, touchesContract } from './campaigns';
import { captureContract } from './capture';
import { customersContract } from './customers';
import { type FileSpec, type Returns, composeContract } from './define';
import { documentsContract } from './documents';
import { exportsContract } from './exports';
import { giftsContract } from './gifts';
import { importsContract } from './imports';
import { jobsContract } from './jobs';
import { metricsContract } from './metrics';
import { preferencesContract } from './preferences';
import { profileContract } from './profile';
import { programsContract } from './programs';
import { ratesContract } from './rates';
import { rfmContract } from './rfm';
import { segmentsContract } from './segments';
import { templatesContract } from './templates';
import { timelineContract } from './timeline';
import { workspaceContract } from './workspace';

export type { FileSpec, Returns } from './define';

/**
 * The one contract between renderer and main: every channel's request schema (checked at the boundary),
 * its response type, whether it changes data, and where it runs. Each domain declares its channels in its own
 * file (shared/contract/<domain>.ts); they are joined here, and a name declared twice does not compile.
 *
 * - `engine` channels run in the engine worker against the open workspace (domain handlers).
 * - `shell` channels run in the main process (or the browser host): they need native ports such as dialogs,
 *   or they manage which workspace the engine has open. A shell channel with `file` produces a file the engine
 *   writes (one generic flow, no handler of its own).
 */
export const contract = composeContract(
  appContract,
  jobsContract,
  workspaceContract,
  exportsContract,
  profileContract,
  customersContract,
  captureContract,
  importsContract,
  timelineContract,
  ratesContract,
  preferencesContract,
  segmentsContract,
  rfmContract,
  metricsContract,
  attentionContract,
  templatesContract,
  giftsContract,
  documentsContract,
  programsContract,
  campaignsContract,
  touchesContract,
  policyContract,
);

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
/** The request as handlers see it: parsed, defaults applied, strings trimmed. */
export type ParsedRequestOf<C extends Channel> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = Contract[C]['response'] extends Returns<infer T> ? T : never;

export const CHANNELS = Object.keys(contract) as Channel[];

export type EngineChannel = { [C in Channel]: Contract[C]['runs'] extends 'engine' ? C : never }[Channel];
export type ShellChannel = Exclude<Channel, EngineChannel>;
/** Channels that produce a file the engine writes (their contract entry has `file`). */
export type FileChannel = { [C in Channel]: Contract[C]['file'] extends FileSpec ? C : never }[Channel];

export const ENGINE_CHANNELS = CHANNELS.filter((c): c is EngineChannel => contract[c].runs === 'engine');
export const SHELL_CHANNELS = CHANNELS.filter((c): c is ShellChannel => contract[c].runs === 'shell');
export const FILE_CHANNELS = CHANNELS.filter((c): c is FileChannel => contract[c].file !== undefined);

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
