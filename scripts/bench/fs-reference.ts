import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { type Summary, summarize } from './measure';
import { safeUnlink } from '../../electron/engine/persistence/durable-file';

/**
 * The floor under every edit acknowledgement: appending a journal-sized record to a file and fsync'ing it,
 * in a file next to the workspace (same file system), with no engine around it.
 */
export function timeAppendFsync(folderFile: string, n: number, recordBytes = 400): Summary {
  const path = `${folderFile}.fsync-probe`;
  const fd = openSync(path, 'w');
  const record = Buffer.alloc(recordBytes, 0x61);
  const samples: number[] = [];
  try {
    for (let i = 0; i < n; i++) {
      const start = performance.now();
      writeSync(fd, record);
      fsyncSync(fd);
      samples.push(performance.now() - start);
    }
  } finally {
    closeSync(fd);
    safeUnlink(path);
  }
  return summarize(samples);
}
