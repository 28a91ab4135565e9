import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Journal, type JournalRecord } from '../../../electron/engine/persistence/journal';
import { scanJournal } from '../../../electron/engine/persistence/journal-scan';
import { tempDir } from '../../support/engine';

const ID = '3f2a9c1e-7b4d-4e8a-9c21-5d6f7a8b9c0d';

/** A real journal of 20 records of varied sizes, written by the Journal class itself. */
function twentyRecordJournal(): { bytes: Buffer; records: JournalRecord[]; headerLength: number } {
  const path = join(tempDir(), 'scan.rapport.journal');
  const journal = Journal.create(path, ID);
  const records: JournalRecord[] = [];
  for (let seq = 1; seq <= 20; seq++) {
    const record: JournalRecord = {
      seq,
      at: `2026-03-01T09:00:${String(seq).padStart(2, '0')}.000Z`,
      channel: 'customers.update',
      statements: [['UPDATE customers SET notes = ? WHERE id = ?', ['ø'.repeat(seq * 7), `c-${seq}`]]],
    };
    journal.append(record);
    records.push(record);
  }
  journal.close();
  return { bytes: readFileSync(path), records, headerLength: `RAPPORT-JOURNAL 1 ${ID}\n`.length };
}

describe('scanning a journal with one flipped bit anywhere', () => {
  const { bytes, records, headerLength } = twentyRecordJournal();

  it('reads every record back exactly, or (a flip inside the header’s id) takes it as another workspace’s journal', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bytes.length * 8 - 1 }), (bitIndex) => {
        const damaged = Buffer.from(bytes);
        damaged[bitIndex >> 3]! ^= 1 << (bitIndex & 7);
        const scan = scanJournal<JournalRecord>(damaged, ID);
        if (scan.workspaceId !== ID) {
          // only a flip that leaves a well-formed header naming another id can look foreign
          expect(bitIndex >> 3).toBeGreaterThanOrEqual('RAPPORT-JOURNAL 1 '.length);
          expect(bitIndex >> 3).toBeLessThan(headerLength - 1);
          return;
        }
        expect(scan.records.map((entry) => entry.record)).toEqual(records);
        expect(scan.tornBytes).toBe(0);
        // the damage is noticed: a mended record or a damaged header
        expect(scan.headerDamaged || scan.records.some((entry) => entry.repaired)).toBe(true);
      }),
      { numRuns: 600 },
    );
  });

  it('mends a flipped bit in the last record’s length, where no next record says where it ends', () => {
    let lastFrame = headerLength;
    for (let n = 1; n < records.length; n++) lastFrame += 8 + bytes.readUInt32LE(lastFrame);
    for (let bit = 0; bit < 32; bit++) {
      const damaged = Buffer.from(bytes);
      damaged[lastFrame + (bit >> 3)]! ^= 1 << (bit & 7);
      const scan = scanJournal<JournalRecord>(damaged, ID);
      expect(scan.records.map((entry) => entry.record), `bit ${bit}`).toEqual(records);
      expect(scan.tornBytes, `bit ${bit}`).toBe(0);
    }
  });

  it('never reports damage for an intact journal cut at any length (a crash mid-append)', () => {
    fc.assert(
      fc.property(fc.integer({ min: headerLength, max: bytes.length }), (cut) => {
        const scan = scanJournal<JournalRecord>(bytes.subarray(0, cut), ID);
        expect(scan.headerDamaged).toBe(false);
        expect(scan.damaged).toEqual([]);
        expect(scan.records.map((entry) => entry.record)).toEqual(records.slice(0, scan.records.length));
        expect(scan.records.every((entry) => !entry.repaired)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
