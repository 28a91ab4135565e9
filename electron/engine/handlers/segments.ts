import type { Reader } from '../database';
import { readCustomerRows } from '../store/customers';
import {
  countSegments,
  insertSegment,
  insertSnapshot,
  markSegmentDeleted,
  memberIds,
  readSegment,
  readSegments,
  restoreSegment,
  snapshotMembers,
  updateSegment,
} from '../store/segments';
import { memorySlot } from './memory';
import { bookRfm, todayOf } from './rfm-cache';
import { workspaceState } from './state';
import type { EngineHandler, HandlerContext } from './types';

/** Saved segments: parse (the contract did), store, answer. Rules compile in store/segment-query.ts. */

const previewSegment: EngineHandler<'segments.preview'> = (ctx, { rules, asOf, limit }) => {
  const { db, now } = ctx;
  const day = asOf ?? todayOf(now);
  const ids = memberIds(db, rules, day);
  // the rows' scores as of the same day as the rules
  return { count: ids.length, rows: readCustomerRows(db, ids.slice(0, limit), now(), bookRfm(ctx, day)) };
};

/**
 * Member counts of the saved segments, kept until the workspace changes: the list is asked for each time the
 * Segments section or the dashboard shows, and counting six segments over 100,000 customers is not free.
 */
const COUNTS = memorySlot<{ key: string; counts: Map<string, number> }>('segments.list: member counts');

function memberCounts({ db, memory }: HandlerContext<Reader>, asOf: string): Map<string, number> {
  const key = `${workspaceState(db)}|${asOf}`;
  const kept = memory.get(COUNTS);
  if (kept?.key === key) return kept.counts;
  const segments = readSegments(db);
  const counted = countSegments(db, segments.map((s) => s.rules), asOf).segments;
  const counts = new Map(segments.map((segment, i) => [segment.id, counted[i] ?? 0]));
  memory.set(COUNTS, { key, counts });
  return counts;
}

const listSegments: EngineHandler<'segments.list'> = (ctx) => {
  const counts = memberCounts(ctx, todayOf(ctx.now));
  return readSegments(ctx.db).map((segment) => ({ ...segment, count: counts.get(segment.id) ?? 0 }));
};

const createSegment: EngineHandler<'segments.create'> = ({ db, now, newId }, input) => {
  const id = newId();
  insertSegment(db, id, input, now());
  return readSegment(db, id);
};

const changeSegment: EngineHandler<'segments.update'> = ({ db, now }, { id, ...patch }) => {
  const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
  updateSegment(db, id, defined, now());
  return readSegment(db, id);
};

const deleteSegment: EngineHandler<'segments.delete'> = ({ db, now }, { id }) => {
  markSegmentDeleted(db, id, now());
  return { id };
};

const undeleteSegment: EngineHandler<'segments.restore'> = ({ db }, { id }) => {
  restoreSegment(db, id);
  return readSegment(db, id);
};

const segmentMembers: EngineHandler<'segments.members'> = ({ db, now }, { id, asOf, snapshotId }) => {
  const segment = readSegment(db, id);
  const ids = snapshotId ? snapshotMembers(db, id, snapshotId) : memberIds(db, segment.rules, asOf ?? todayOf(now));
  return { count: ids.length, ids };
};

const freezeSegment: EngineHandler<'segments.freeze'> = ({ db, now, newId }, { id, asOf }) => {
  const segment = readSegment(db, id);
  return insertSnapshot(db, newId(), id, memberIds(db, segment.rules, asOf ?? todayOf(now)), now());
};

export const segmentsHandlers = {
  'segments.preview': previewSegment,
  'segments.list': listSegments,
  'segments.create': createSegment,
  'segments.update': changeSegment,
  'segments.delete': deleteSegment,
  'segments.restore': undeleteSegment,
  'segments.members': segmentMembers,
  'segments.freeze': freezeSegment,
};
