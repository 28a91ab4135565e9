import type { FileChannel, ParsedRequestOf, ResponseOf } from '../../../shared/contract/channels';
import type { ExportedFile } from '../../../shared/domain/export';
import type { Reader } from '../database';
import type { HandlerContext } from '../handlers';
import type { JobControl } from '../job-control';

/** What a producer may use: the open workspace (read only), the clock and ids, and the workspace's name. */
export interface FileContext extends HandlerContext<Reader> {
  /** The workspace's file name without its extension ("Nordlys Kafferisteri"), for suggested file names. */
  workspaceName: string;
}

/** What a file channel answers besides where the file went (ExportedFile), e.g. `rows` for the CSV export. */
export type FileAnswerOf<C extends FileChannel> = Omit<NonNullable<ResponseOf<C>>, keyof ExportedFile>;

export interface ProducedFile<C extends FileChannel> {
  bytes: Uint8Array;
  answer: FileAnswerOf<C>;
}

/**
 * The engine's part of a channel that produces a file (its contract entry has `file`): the name the save dialog
 * suggests, and the file's bytes. Producers only read (through the store, or a handler where it adds something,
 * such as the list's kept order); the one file flow (produce.ts) writes the bytes durably where the shell was
 * told, once the producer is done and not stopped.
 */
export interface FileProducer<C extends FileChannel> {
  suggestedName(ctx: FileContext, request: ParsedRequestOf<C>): string;
  /** Long producers report progress and call `job.checkCancelled()` between pieces of work. */
  produce(ctx: FileContext, request: ParsedRequestOf<C>, job: JobControl): ProducedFile<C>;
}

export type FileProducers = { [C in FileChannel]: FileProducer<C> };
