import type { FileChannel } from '../../../shared/contract/channels';
import { RapportFailure } from '../../../shared/contract/result';
import { writeFileDurably } from '../persistence/durable-file';
import type { JobControl } from '../job-control';
import { fileProducers } from './index';
import type { FileContext, FileProducer } from './types';

/** Runs a read against the open workspace with a producer's context. */
export type ReadWithFileContext = <T>(fn: (ctx: FileContext) => T) => T;

/** The name the save dialog suggests for a file channel's file: its producer knows it. */
export function suggestFileName(channel: FileChannel, read: ReadWithFileContext, request: unknown): string {
  const producer = producerFor(channel);
  return read((ctx) => producer.suggestedName(ctx, request as never));
}

/**
 * The one way the engine writes a file a channel produces: the producer makes the bytes (reporting progress,
 * stopping when asked), then they are written durably at `path` (temp file, fsync, rename), so the file is
 * either all there or not there at all: a stop or a failure leaves nothing behind.
 */
export function produceFile(channel: FileChannel, read: ReadWithFileContext, path: string, request: unknown, job: JobControl): { path: string } {
  const producer = producerFor(channel);
  const { bytes, answer } = read((ctx) => producer.produce(ctx, request as never, job));
  job.checkCancelled(); // a stop asked for while the last piece was made: nothing is written
  writeFileDurably(path, bytes);
  return { ...answer, path };
}

function producerFor(channel: FileChannel): FileProducer<FileChannel> {
  if (!Object.hasOwn(fileProducers, channel)) throw new RapportFailure('unknown-channel', `There is no file channel called ${channel}.`);
  return fileProducers[channel] as FileProducer<FileChannel>;
}
