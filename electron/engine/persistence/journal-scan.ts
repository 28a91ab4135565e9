import { crc32 } from 'node:zlib';

/**
 * Reads a journal's bytes without ever giving up on the records after a damaged one.
 *
 * Layout (see journal.ts): a header line `RAPPORT-JOURNAL 1 <workspace id>\n`, then frames of
 * [u32 LE payload length][u32 LE crc32 of payload][payload: UTF-8 JSON starting `{"seq":`].
 *
 * What is normal and what is damage:
 * - the last frame cut off (its length runs past the end, or its unwritten part is zeros) is a write a crash
 *   interrupted: it was never acknowledged, so dropping it is normal;
 * - anything else that is not a valid frame is damage: the scan resynchronises on the next valid frame (each
 *   payload begins with `{"seq":`, and its crc32 must match), and a frame with one flipped bit (in its length,
 *   its checksum or its payload) is repaired, since a crc32 locates a single-bit error.
 */
export interface ScannedRecord<T> {
  record: T;
  /** Whether a single flipped bit had to be corrected to read it. */
  repaired: boolean;
}

export interface JournalScan<T> {
  /** The workspace id the header names; for a damaged header, the expected one (if given). */
  workspaceId: string | null;
  headerDamaged: boolean;
  /** Intact or repaired records, in file order. */
  records: Array<ScannedRecord<T>>;
  /** Byte ranges that held no readable record (damage, not the torn tail). */
  damaged: Array<{ offset: number; length: number }>;
  /** Bytes of an unfinished last write (normal after a crash). */
  tornBytes: number;
}

const MAGIC = 'RAPPORT-JOURNAL 1 ';
const FRAME_HEAD = 8;
const PAYLOAD_START = Buffer.from('{"seq":', 'utf8');
/** Single-bit repair costs about 8 steps per payload byte; records larger than this are not tried. */
const MAX_REPAIR_BYTES = 4 * 1024 * 1024;
const MAX_HEADER_BYTES = 200;

export function headerFor(workspaceId: string): Buffer {
  return Buffer.from(`${MAGIC}${workspaceId}\n`, 'utf8');
}

/**
 * Scans journal bytes. `expectedId` is the id of the workspace the journal sits beside: with it, a header with a
 * flipped bit is recognised as this workspace's (and the records are still read), while a header naming another
 * workspace is reported as that workspace's so the caller can set it aside.
 */
export function scanJournal<T extends { seq: number }>(bytes: Buffer, expectedId?: string): JournalScan<T> {
  const header = readHeader(bytes, expectedId);
  const records: Array<ScannedRecord<T>> = [];
  const damaged: Array<{ offset: number; length: number }> = [];
  let tornBytes = 0;
  let offset = header.end;
  while (offset < bytes.length) {
    const intact = readFrame<T>(bytes, offset);
    if (intact) {
      records.push({ record: intact.record, repaired: false });
      offset = intact.end;
      continue;
    }
    const next = nextFrameAfter<T>(bytes, offset);
    const spanEnd = next ?? bytes.length;
    const repaired = repairFrame<T>(bytes, offset, spanEnd, next === null);
    if (repaired) {
      records.push({ record: repaired.record, repaired: true });
      if (repaired.end < spanEnd) classifyRest(repaired.end, spanEnd, next === null);
    } else {
      classifyRest(offset, spanEnd, next === null);
    }
    offset = spanEnd;
  }
  return { workspaceId: header.workspaceId, headerDamaged: header.damaged, records, damaged, tornBytes };

  function classifyRest(from: number, to: number, atEnd: boolean): void {
    if (atEnd && isUnfinishedWrite(bytes, from)) tornBytes = to - from;
    else damaged.push({ offset: from, length: to - from });
  }
}

function readHeader(bytes: Buffer, expectedId: string | undefined): { workspaceId: string | null; damaged: boolean; end: number } {
  const newline = bytes.subarray(0, MAX_HEADER_BYTES).indexOf(0x0a);
  const line = newline >= 0 ? bytes.subarray(0, newline).toString('utf8') : null;
  const wellFormed = line !== null && line.startsWith(MAGIC) && /^[\w-]{1,100}$/.test(line.slice(MAGIC.length));
  if (expectedId === undefined) {
    return wellFormed ? { workspaceId: line.slice(MAGIC.length), damaged: false, end: newline + 1 } : { workspaceId: null, damaged: bytes.length > 0, end: firstFrameGuess(bytes) };
  }
  const expected = headerFor(expectedId);
  if (bytes.subarray(0, expected.length).equals(expected)) return { workspaceId: expectedId, damaged: false, end: expected.length };
  // a crash while a new journal was being started (after a snapshot): empty, or part of the header; no edit in it
  if (bytes.length < expected.length && expected.subarray(0, bytes.length).equals(bytes)) {
    return { workspaceId: expectedId, damaged: false, end: bytes.length };
  }
  // A whole header naming another id is taken as another workspace's journal (set aside, never replayed), even
  // though a flipped bit could in rare cases turn this id into another well-formed one: applying another
  // workspace's edits would be worse than keeping these aside.
  if (wellFormed) return { workspaceId: line.slice(MAGIC.length), damaged: false, end: newline + 1 };
  return { workspaceId: expectedId, damaged: true, end: Math.min(expected.length, bytes.length) };
}

/** Without a known header length, the records start at the first frame that reads. */
function firstFrameGuess(bytes: Buffer): number {
  const at = bytes.indexOf(PAYLOAD_START);
  return at >= FRAME_HEAD ? at - FRAME_HEAD : bytes.length;
}

function readFrame<T extends { seq: number }>(bytes: Buffer, offset: number): { record: T; end: number } | null {
  if (offset + FRAME_HEAD > bytes.length) return null;
  const length = bytes.readUInt32LE(offset);
  const end = offset + FRAME_HEAD + length;
  if (end > bytes.length) return null;
  const payload = bytes.subarray(offset + FRAME_HEAD, end);
  if (crc32(payload) !== bytes.readUInt32LE(offset + 4)) return null;
  const record = parseRecord<T>(payload);
  return record ? { record, end } : null;
}

function parseRecord<T extends { seq: number }>(payload: Buffer): T | null {
  if (!payload.subarray(0, PAYLOAD_START.length).equals(PAYLOAD_START)) return null;
  try {
    const record = JSON.parse(payload.toString('utf8')) as T;
    return Number.isInteger(record.seq) && Array.isArray((record as { statements?: unknown }).statements) ? record : null;
  } catch {
    return null;
  }
}

/** The start of the next valid frame after a bad one: payloads begin with `{"seq":`, so only those spots are tried. */
function nextFrameAfter<T extends { seq: number }>(bytes: Buffer, badOffset: number): number | null {
  let from = badOffset + 1 + FRAME_HEAD;
  for (;;) {
    const at = bytes.indexOf(PAYLOAD_START, from);
    if (at < 0) return null;
    if (readFrame<T>(bytes, at - FRAME_HEAD)) return at - FRAME_HEAD;
    from = at + 1;
  }
}

/**
 * A frame spanning [offset, spanEnd) that fails its checksum, with one flipped bit mended if that is all it takes:
 * in the length (the span says the true length), in the checksum, or in the payload.
 */
function repairFrame<T extends { seq: number }>(bytes: Buffer, offset: number, spanEnd: number, atEnd: boolean): { record: T; end: number } | null {
  if (offset + FRAME_HEAD >= spanEnd) return null;
  const spanLength = spanEnd - offset - FRAME_HEAD;
  // at the end there is no next frame to say where this one ends: its own length, or the rest of the file
  const lengths = atEnd ? [bytes.readUInt32LE(offset), spanLength] : [spanLength];
  for (const length of lengths) {
    const mended = repairFrameOfLength<T>(bytes, offset, length, spanEnd);
    if (mended) return mended;
  }
  return null;
}

function repairFrameOfLength<T extends { seq: number }>(bytes: Buffer, offset: number, length: number, spanEnd: number): { record: T; end: number } | null {
  const storedLength = bytes.readUInt32LE(offset);
  const storedCrc = bytes.readUInt32LE(offset + 4);
  const end = offset + FRAME_HEAD + length;
  if (end > spanEnd) return null;
  if (length !== storedLength && popcount(length ^ storedLength) !== 1) return null;
  const payload = Buffer.from(bytes.subarray(offset + FRAME_HEAD, end));
  const actualCrc = crc32(payload);
  if (actualCrc === storedCrc) return wrap(parseRecord<T>(payload)); // the length was hit
  if (length !== storedLength) return null; // two faults in one frame: not a single bit
  if (popcount(actualCrc ^ storedCrc) === 1) return wrap(parseRecord<T>(payload)); // the checksum was hit
  if (payload.length > MAX_REPAIR_BYTES) return null;
  const flip = singleBitError(payload.length, (actualCrc ^ storedCrc) >>> 0);
  if (!flip) return null;
  payload[flip.byte]! ^= 1 << flip.bit;
  if (crc32(payload) !== storedCrc) return null;
  return wrap(parseRecord<T>(payload));

  function wrap(record: T | null) {
    return record ? { record, end } : null;
  }
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/**
 * Where one flipped bit in a message of `length` bytes would change its crc32 by exactly `syndrome`. CRC is
 * linear: flipping bit b of byte j changes the checksum by the CRC register of that lone bit run through the
 * `length - 1 - j` bytes after it, whatever the message; so all 8 x length candidates are walked in one pass.
 */
function singleBitError(length: number, syndrome: number): { byte: number; bit: number } | null {
  if (syndrome === 0) return null;
  const registers = new Uint32Array(8);
  for (let bit = 0; bit < 8; bit++) registers[bit] = CRC_TABLE[1 << bit]!;
  for (let after = 0; after < length; after++) {
    for (let bit = 0; bit < 8; bit++) {
      if (registers[bit] === syndrome) return { byte: length - 1 - after, bit };
      const r = registers[bit]!;
      registers[bit] = CRC_TABLE[r & 0xff]! ^ (r >>> 8);
    }
  }
  return null;
}

function popcount(value: number): number {
  let v = value >>> 0;
  let count = 0;
  while (v) {
    count += v & 1;
    v >>>= 1;
  }
  return count;
}

/**
 * The tail a crash leaves mid-append: fewer bytes than a frame head, a length running past the end of the file,
 * or a payload whose unwritten end is still zeros (a whole record always ends with `}`).
 */
function isUnfinishedWrite(bytes: Buffer, offset: number): boolean {
  if (offset + FRAME_HEAD > bytes.length) return true;
  const end = offset + FRAME_HEAD + bytes.readUInt32LE(offset);
  if (end > bytes.length) return true;
  return bytes[bytes.length - 1] === 0;
}
