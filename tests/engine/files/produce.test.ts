import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract, type FileChannel } from '../../../shared/contract/channels';
import { RapportFailure } from '../../../shared/contract/result';
import { produceFile, suggestFileName, type ReadWithFileContext } from '../../../electron/engine/files/produce';
import { WorkspaceMemory } from '../../../electron/engine/handlers';
import type { JobControl } from '../../../electron/engine/job-control';
import { tempDir } from '../../support/engine';
import { AT, bookWith, id } from '../store/support';

/** The one file flow, on a real workspace database: the producer's bytes land whole, or nothing lands. */
async function reader(): Promise<ReadWithFileContext> {
  const db = await bookWith([[1, { firstName: 'Eva', lastName: 'Lund', email: 'eva@example.dk' }], [2, { firstName: 'Bo', lastName: 'Berg' }]]);
  const ctx = { db, now: () => AT, newId: () => id(99), memory: new WorkspaceMemory(), workspaceName: 'Nordlys Kafferisteri' };
  return (fn) => fn(ctx);
}

const csvRequest = () => contract['exports.customersCsv'].request.parse({ columns: ['firstName', 'lastName'], delimiter: ',' });

function job(options: { stopAfter?: number } = {}): JobControl & { reports: Array<[number, number]> } {
  let checks = 0;
  const reports: Array<[number, number]> = [];
  return {
    reports,
    progress: (done, total) => void reports.push([done, total]),
    checkCancelled: () => {
      checks += 1;
      if (options.stopAfter !== undefined && checks > options.stopAfter) throw new RapportFailure('cancelled', 'Stopped.');
    },
  };
}

describe('produceFile', () => {
  it('writes the producer’s bytes at the path the shell chose and answers with the producer’s extras', async () => {
    const path = join(tempDir(), 'customers.csv');
    const answer = produceFile('exports.customersCsv', await reader(), path, csvRequest(), job());
    expect(answer).toEqual({ path, rows: 2 });
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('Eva');
    expect(text).toContain('Berg');
  });

  it('writes nothing when the user stops the job, not even a temp file', async () => {
    const folder = tempDir();
    const path = join(folder, 'customers.csv');
    const read = await reader();
    expect(() => produceFile('exports.customersCsv', read, path, csvRequest(), job({ stopAfter: 0 }))).toThrow(
      expect.objectContaining({ code: 'cancelled' }),
    );
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('fails clearly when the chosen folder is gone', async () => {
    const path = join(tempDir(), 'no such folder', 'customers.csv');
    const read = await reader();
    expect(() => produceFile('exports.customersCsv', read, path, csvRequest(), job())).toThrow(/ENOENT/);
  });

  it('refuses a channel that produces no file', async () => {
    const read = await reader();
    expect(() => produceFile('customers.list' as FileChannel, read, join(tempDir(), 'x'), {}, job())).toThrow(
      expect.objectContaining({ code: 'unknown-channel' }),
    );
  });
});

describe('suggestFileName', () => {
  it('asks the channel’s producer: the workspace’s name for the CSV, the person’s name for their data', async () => {
    const read = await reader();
    expect(suggestFileName('exports.customersCsv', read, csvRequest())).toMatch(/^Nordlys Kafferisteri.*\.csv$/);
    expect(suggestFileName('exports.personData', read, { id: id(1) })).toBe('Eva Lund - personal data.txt');
  });
});
