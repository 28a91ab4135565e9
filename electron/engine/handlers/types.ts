import type { Contract, EngineChannel, ParsedRequestOf, ResponseOf } from '../../../shared/contract/channels';
import type { Reader, Writer } from '../database';
import type { JobControl } from '../job-control';
import type { WorkspaceMemory } from './memory';

export type { JobControl };

/** What a domain handler may use: the database (writable only for mutations), the clock and id source. */
export interface HandlerContext<DB extends Reader = Reader> {
  db: DB;
  now: () => Date;
  newId: () => string;
  /** Asks for a snapshot right after this mutation (e.g. an erasure, so no journal keeps erased data). */
  snapshotSoon?: () => void;
  /** For long mutations: report progress, and stop (throwing `cancelled`, so the transaction rolls back) when asked. */
  job?: JobControl;
  /** Answers kept between calls for this open workspace (memory.ts), dropped when it closes. */
  memory: WorkspaceMemory;
}

type DbFor<C extends EngineChannel> = Contract[C]['mutates'] extends true ? Writer : Reader;

export type EngineHandler<C extends EngineChannel> = (ctx: HandlerContext<DbFor<C>>, request: ParsedRequestOf<C>) => ResponseOf<C>;

export type EngineHandlers = { [C in EngineChannel]: EngineHandler<C> };
