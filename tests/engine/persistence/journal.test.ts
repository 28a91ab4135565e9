import { existsSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  Journal,
  type JournalRecord,
  decodeParams,
  encodeParams,
  journalPathFor,
  readJournal,
} from '../../../electron/engine/persistence/journal';
import { tempDir } from '../../support/engine';

/**
 * The journal's contract (journal.ts): records appended and fsync'd before `append` returns, in the framing the
 * header comment describes; a torn last record ignored, damage elsewhere read around; records dropped by sequence
 * number once a snapshot holds them. Real files; node:fs is only watched (and, for one test, made to fail a write).
 */
const io = vi.hoisted(() => ({
  events: [] as Array<{ call: 'write' | 'fsync'; fd: number }>,
  /** When set, the next write puts this many bytes down and then fails as a full disk would. */
  failNextWriteAfter: null as number | null,
}));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const writeSync = ((...args: Parameters<typeof fs.writeSync>) => {
    const [fd, buffer, offset, , position] = args as unknown as [number, Uint8Array, number, number, number | undefined];
    if (io.failNextWriteAfter !== null) {
      const partial = io.failNextWriteAfter;
      io.failNextWriteAfter = null;
      fs.writeSync(fd, buffer, offset, partial, position);
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' });
    }
    io.events.push({ call: 'write', fd });
    return fs.writeSync(...args);
  }) as typeof fs.writeSync;
  const fsyncSync = ((fd: number) => {
    io.events.push({ call: 'fsync', fd });
    fs.fsyncSync(fd);
  }) as typeof fs.fsyncSync;
  return { ...fs, default: { ...fs, writeSync, fsyncSync }, writeSync, fsyncSync };
});

const ID = '00000000-0000-4000-8000-000000000001';
const HEADER = `RAPPORT-JOURNAL 1 ${ID}\n`;

function record(seq: number, text = `Name ${seq}`): JournalRecord {
  return {
    seq,
    at: `2026-03-01T09:00:${String(seq % 60).padStart(2, '0')}.000Z`,
    channel: 'profile.update',
    statements: [['UPDATE business_profile SET name = ? WHERE id = ?', [text, 1]]],
  };
}

function newJournal(): { path: string; journal: Journal } {
  const path = journalPathFor(join(tempDir(), 'Nord.rapport'));
  return { path, journal: Journal.create(path, ID) };
}

function seqsIn(path: string): number[] {
  return readJournal(path, ID).records.map((r) => r.seq);
}

beforeEach(() => {
  io.events.length = 0;
  io.failNextWriteAfter = null;
});

describe('journalPathFor', () => {
  it('puts the journal at <file>.journal, never <file>-journal (SQLite tools delete that as their own)', () => {
    expect(journalPathFor('/data/Nord.rapport')).toBe('/data/Nord.rapport.journal');
  });
});

describe('Journal.create', () => {
  it('starts a journal holding only the header line naming the workspace, made durable', () => {
    const { path, journal } = newJournal();
    expect(readFileSync(path, 'utf8')).toBe(HEADER);
    expect(journal.bytes).toBe(Buffer.byteLength(HEADER));
    expect(journal.records).toBe(0);
    expect(io.events.some((event) => event.call === 'fsync')).toBe(true);
    journal.close();
    expect(readJournal(path)).toEqual({ workspaceId: ID, records: [], tornBytes: 0, headerDamaged: false, repairedRecords: 0, damagedBytes: 0 });
  });

  it('replaces whatever journal was at the path', () => {
    const { path, journal } = newJournal();
    journal.append(record(1));
    journal.close();
    Journal.create(path, ID).close();
    expect(readJournal(path, ID).records).toEqual([]);
  });
});

describe('appending', () => {
  it('frames each record as [u32 LE length][u32 LE crc32][JSON] after the header, and reads them back exactly', () => {
    const { path, journal } = newJournal();
    const first = record(1, 'Kaffebrænderiet Nord');
    const second = record(2, '“quoted” — ø');
    const firstAt = journal.append(first);
    const secondAt = journal.append(second);
    journal.close();

    const bytes = readFileSync(path);
    expect(firstAt).toBe(Buffer.byteLength(HEADER));
    expect(bytes.subarray(0, firstAt).toString('utf8')).toBe(HEADER);
    const firstLength = bytes.readUInt32LE(firstAt);
    const firstPayload = bytes.subarray(firstAt + 8, firstAt + 8 + firstLength);
    expect(bytes.readUInt32LE(firstAt + 4)).toBe(crc32(firstPayload));
    expect(JSON.parse(firstPayload.toString('utf8'))).toEqual(first);
    expect(secondAt).toBe(firstAt + 8 + firstLength);
    const secondLength = bytes.readUInt32LE(secondAt);
    expect(secondAt + 8 + secondLength).toBe(bytes.length);
    expect(JSON.parse(bytes.subarray(secondAt + 8).toString('utf8'))).toEqual(second);

    expect(readJournal(path, ID).records).toEqual([first, second]);
  });

  it('counts its records and bytes as the file holds them', () => {
    const { path, journal } = newJournal();
    for (let seq = 1; seq <= 4; seq++) journal.append(record(seq));
    expect(journal.records).toBe(4);
    expect(journal.bytes).toBe(readFileSync(path).length);
    journal.close();
  });

  it('fsyncs the record before append returns: no write to the journal comes after the last fsync', () => {
    const { journal } = newJournal();
    io.events.length = 0;
    journal.append(record(1));
    const writes = io.events.filter((event) => event.call === 'write');
    expect(writes.length).toBeGreaterThan(0);
    const fd = writes[0]!.fd;
    const onJournal = io.events.filter((event) => event.fd === fd).map((event) => event.call);
    const lastWrite = onJournal.lastIndexOf('write');
    const lastFsync = onJournal.lastIndexOf('fsync');
    expect(lastFsync).toBeGreaterThan(lastWrite);
    journal.close();
  });

  it('takes back a write that failed half-way, so the next record follows the last whole one without a gap', () => {
    const { path, journal } = newJournal();
    journal.append(record(1));
    const before = journal.bytes;
    io.failNextWriteAfter = 5;
    expect(() => journal.append(record(2))).toThrow(expect.objectContaining({ code: 'ENOSPC' }));
    expect(journal.bytes).toBe(before);
    expect(journal.records).toBe(1);
    expect(readFileSync(path).length).toBe(before);

    journal.append(record(3));
    journal.close();
    const read = readJournal(path, ID);
    expect(read.records.map((r) => r.seq)).toEqual([1, 3]);
    expect(read.damagedBytes).toBe(0);
    expect(read.tornBytes).toBe(0);
  });

  it('keeps binary and null parameters exactly through the JSON of a record', () => {
    const params = [null, 42, 1.5, -7, 'text “ø”', new Uint8Array([0, 255, 1, 128])];
    const encoded = encodeParams(params);
    expect(encoded[5]).toEqual({ bytes: Buffer.from([0, 255, 1, 128]).toString('base64') });
    const { path, journal } = newJournal();
    journal.append({ seq: 1, at: '2026-03-01T09:00:00.000Z', channel: 'test', statements: [['INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)', encoded]] });
    journal.close();
    const decoded = decodeParams(readJournal(path, ID).records[0]!.statements[0]![1]);
    expect(decoded).toEqual(params);
    expect(decoded[5]).toBeInstanceOf(Uint8Array);
  });
});

describe('reading after a crash', () => {
  /** A journal of three records, and where the third one starts. */
  function threeRecords(): { path: string; thirdAt: number; size: number } {
    const { path, journal } = newJournal();
    journal.append(record(1));
    journal.append(record(2));
    const thirdAt = journal.append(record(3, 'x'.repeat(200)));
    const size = journal.bytes;
    journal.close();
    return { path, thirdAt, size };
  }

  it('ignores a last record cut off anywhere (never acknowledged) and calls it torn, not damage', () => {
    const { path, thirdAt, size } = threeRecords();
    const whole = readFileSync(path);
    for (const cut of [thirdAt + 1, thirdAt + 7, thirdAt + 8, thirdAt + 50, size - 1]) {
      writeFileSync(path, whole.subarray(0, cut));
      const read = readJournal(path, ID);
      expect(read.records.map((r) => r.seq), `cut at ${cut}`).toEqual([1, 2]);
      expect(read.tornBytes, `cut at ${cut}`).toBe(cut - thirdAt);
      expect(read.damagedBytes + read.repairedRecords, `cut at ${cut}`).toBe(0);
      expect(read.headerDamaged).toBe(false);
    }
  });

  it('takes a last record whose unwritten end is zeros (the file grew, the data did not land) as torn', () => {
    const { path, thirdAt, size } = threeRecords();
    const bytes = readFileSync(path);
    bytes.fill(0, thirdAt + 20, size);
    writeFileSync(path, bytes);
    const read = readJournal(path, ID);
    expect(read.records.map((r) => r.seq)).toEqual([1, 2]);
    expect(read.tornBytes).toBe(size - thirdAt);
    expect(read.damagedBytes).toBe(0);
  });

  it('reads around a damaged record in the middle instead of taking it as the end', () => {
    const { path, journal } = newJournal();
    journal.append(record(1));
    const secondAt = journal.append(record(2, 'y'.repeat(100)));
    journal.append(record(3));
    journal.close();
    const bytes = readFileSync(path);
    bytes.fill(0x41, secondAt + 20, secondAt + 40); // far more than one flipped bit: beyond repair
    writeFileSync(path, bytes);
    const read = readJournal(path, ID);
    expect(read.records.map((r) => r.seq)).toEqual([1, 3]);
    expect(read.damagedBytes).toBeGreaterThan(0);
    expect(read.tornBytes).toBe(0);
  });

  it('reads nothing, and no workspace, where there is no journal', () => {
    const path = journalPathFor(join(tempDir(), 'Nord.rapport'));
    expect(readJournal(path, ID)).toEqual({ workspaceId: null, records: [], tornBytes: 0, headerDamaged: false, repairedRecords: 0, damagedBytes: 0 });
  });

  it('names the workspace its header names, so a journal of another workspace is recognised', () => {
    const path = journalPathFor(join(tempDir(), 'Nord.rapport'));
    const other = Journal.create(path, '00000000-0000-4000-8000-000000000002');
    other.append(record(1));
    other.close();
    expect(readJournal(path, ID).workspaceId).toBe('00000000-0000-4000-8000-000000000002');
  });
});

describe('taking records back and dropping what a snapshot holds', () => {
  it('truncateTo removes the record appended at that offset; the next one takes its place', () => {
    const { path, journal } = newJournal();
    journal.append(record(1));
    const at = journal.append(record(2));
    journal.truncateTo(at);
    expect(journal.records).toBe(1);
    expect(journal.bytes).toBe(at);
    expect(journal.append(record(2, 'again'))).toBe(at);
    journal.close();
    expect(readJournal(path, ID).records).toEqual([record(1), record(2, 'again')]);
  });

  it('dropThrough(seq) keeps exactly the records with a higher sequence number, and appending goes on after them', () => {
    const { path, journal } = newJournal();
    for (const seq of [10, 11, 12, 13]) journal.append(record(seq));
    journal.dropThrough(11, ID);
    expect(seqsIn(path)).toEqual([12, 13]);
    expect(journal.records).toBe(2);
    expect(journal.bytes).toBe(readFileSync(path).length);
    expect(readFileSync(path).subarray(0, Buffer.byteLength(HEADER)).toString('utf8')).toBe(HEADER);

    journal.append(record(14));
    journal.dropThrough(12, ID);
    journal.append(record(15));
    journal.close();
    expect(seqsIn(path)).toEqual([13, 14, 15]);
    expect(readJournal(path, ID).damagedBytes).toBe(0);
  });

  it('dropThrough of every record leaves the header alone; of none, leaves the journal as it was', () => {
    const { path, journal } = newJournal();
    journal.append(record(1));
    journal.append(record(2));
    const before = readFileSync(path);
    journal.dropThrough(0, ID);
    expect(readFileSync(path).equals(before)).toBe(true);
    journal.dropThrough(2, ID);
    expect(readFileSync(path, 'utf8')).toBe(HEADER);
    expect(journal.records).toBe(0);
    expect(journal.bytes).toBe(Buffer.byteLength(HEADER));
    journal.append(record(3));
    journal.close();
    expect(seqsIn(path)).toEqual([3]);
  });
});

describe('keeping a journal aside', () => {
  const now = new Date('2026-03-01T09:00:00.000Z');

  it('setAside moves it to <journal>.<reason>-<time>, with a number when that name is taken', () => {
    const { path, journal } = newJournal();
    journal.append(record(1));
    journal.close();
    const bytes = readFileSync(path);
    const first = Journal.setAside(path, 'foreign', now);
    expect(first).toBe(`${path}.foreign-20260301T090000Z`);
    expect(existsSync(path)).toBe(false);
    expect(readFileSync(first).equals(bytes)).toBe(true);

    writeFileSync(path, bytes);
    expect(Journal.setAside(path, 'foreign', now)).toBe(`${path}.foreign-20260301T090000Z-2`);
  });

  it('keepCopy leaves the journal where the next open looks for it and writes an identical copy', () => {
    const { path, journal } = newJournal();
    journal.append(record(1));
    journal.close();
    truncateSync(path, readFileSync(path).length - 3); // a damaged journal is what gets copied
    const bytes = readFileSync(path);
    const copy = Journal.keepCopy(path, 'damaged', now);
    expect(copy).toBe(`${path}.damaged-20260301T090000Z`);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(readFileSync(copy).equals(bytes)).toBe(true);
  });
});
