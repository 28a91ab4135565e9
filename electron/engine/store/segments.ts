import { RapportFailure } from '../../../shared/contract/result';
import {
  type Membership,
  READY_MADE_SEGMENTS,
  type ReadyMadeSegment,
  type Segment,
  type SegmentInput,
  type SegmentRules,
  SegmentRulesSchema,
  type SegmentSnapshot,
} from '../../../shared/domain/segment';
import type { Reader, Writer } from '../database';
import type { SqlFragment } from './customer-query';
import { rfmParameters } from './rfm';
import { segmentCountsSql, segmentMembersSql } from './segment-query';

/** Saved segments (table segments) and their frozen snapshots (segment_snapshots), migration 0007. */

interface SegmentRow {
  id: string;
  name: string;
  colour: Segment['colour'];
  description: string;
  rules: string;
  ready_made: string;
  created_at: string;
  updated_at: string;
}

const COLUMNS = 'id, name, colour, description, rules, ready_made, created_at, updated_at';

function toSegment(db: Reader, row: SegmentRow): Segment {
  // rules were checked when saved; a file edited by another tool is checked again rather than trusted
  const rules = SegmentRulesSchema.safeParse(JSON.parse(row.rules));
  if (!rules.success) throw new RapportFailure('workspace-corrupt', `The rules of the segment "${row.name}" cannot be read.`, { id: row.id });
  return {
    id: row.id,
    name: row.name,
    colour: row.colour,
    description: row.description,
    rules: rules.data,
    readyMade: (READY_MADE_SEGMENTS as readonly string[]).includes(row.ready_made) ? (row.ready_made as ReadyMadeSegment) : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    snapshots: readSnapshots(db, row.id),
  };
}

/** Saved segments in the order they were made (ready-made ones first, as they were made with the workspace). */
export function readSegments(db: Reader): Segment[] {
  return db.all<SegmentRow>(`SELECT ${COLUMNS} FROM segments WHERE deleted_at = '' ORDER BY created_at, rowid`).map((row) => toSegment(db, row));
}

/** One segment; `not-found` when there is none (or it was deleted, unless `deleted` is allowed). */
export function readSegment(db: Reader, id: string, options: { deleted?: boolean } = {}): Segment {
  const row = db.get<SegmentRow>(`SELECT ${COLUMNS} FROM segments WHERE id = ? ${options.deleted ? '' : "AND deleted_at = ''"}`, [id]);
  if (!row) throw new RapportFailure('not-found', 'That segment does not exist (any more).', { id });
  return toSegment(db, row);
}

export function insertSegment(db: Writer, id: string, input: SegmentInput, now: Date, readyMade: ReadyMadeSegment | '' = ''): void {
  const at = now.toISOString();
  db.run('INSERT INTO segments (id, name, colour, description, rules, ready_made, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [
    id, input.name, input.colour, input.description, JSON.stringify(input.rules), readyMade, at, at,
  ]);
}

export function updateSegment(db: Writer, id: string, patch: Partial<SegmentInput>, now: Date): void {
  const current = readSegment(db, id);
  const next = { ...current, ...patch };
  db.run('UPDATE segments SET name = ?, colour = ?, description = ?, rules = ?, updated_at = ? WHERE id = ?', [
    next.name, next.colour, next.description, JSON.stringify(next.rules), now.toISOString(), id,
  ]);
}

/** Deleting keeps the row (deleted_at set) so that undo brings the segment back with its snapshots. */
export function markSegmentDeleted(db: Writer, id: string, now: Date): void {
  readSegment(db, id);
  db.run('UPDATE segments SET deleted_at = ? WHERE id = ?', [now.toISOString(), id]);
}

export function restoreSegment(db: Writer, id: string): void {
  readSegment(db, id, { deleted: true });
  db.run("UPDATE segments SET deleted_at = '' WHERE id = ?", [id]);
}

export function readSnapshots(db: Reader, segmentId: string): SegmentSnapshot[] {
  return db.all<SegmentSnapshot>('SELECT id, frozen_at AS frozenAt, member_count AS count FROM segment_snapshots WHERE segment_id = ? ORDER BY frozen_at DESC, rowid DESC', [segmentId]);
}

export function insertSnapshot(db: Writer, id: string, segmentId: string, memberIds: readonly string[], now: Date): SegmentSnapshot {
  const frozenAt = now.toISOString();
  db.run('INSERT INTO segment_snapshots (id, segment_id, frozen_at, member_count, members) VALUES (?, ?, ?, ?, ?)', [id, segmentId, frozenAt, memberIds.length, JSON.stringify(memberIds)]);
  return { id, frozenAt, count: memberIds.length };
}

export function snapshotMembers(db: Reader, segmentId: string, snapshotId: string): string[] {
  const row = db.get<{ members: string }>('SELECT members FROM segment_snapshots WHERE id = ? AND segment_id = ?', [snapshotId, segmentId]);
  if (!row) throw new RapportFailure('not-found', 'That snapshot of the segment does not exist.', { id: snapshotId });
  return JSON.parse(row.members) as string[];
}

/** The members' ids SQL of rules as of a day, with the workspace's RFM parameters should the rules need them. */
export function rulesMembersSql(db: Reader, rules: SegmentRules, asOf: string): SqlFragment {
  return segmentMembersSql(rules, { asOf, rfm: () => rfmParameters(db, { asOf, from: null, to: null }) });
}

/** The ids SQL of a list or export's membership filter: a saved segment's rules, or rules given. */
export function membershipSql(db: Reader, membership: Membership, today: string): SqlFragment | undefined {
  const asOf = membership.asOf ?? today;
  if (membership.segmentId) return rulesMembersSql(db, readSegment(db, membership.segmentId).rules, asOf);
  if (membership.rules) return rulesMembersSql(db, membership.rules, asOf);
  return undefined;
}

/** The ids of the members of rules, in the grid's default order (by name). */
export function memberIdsQuery(db: Reader, rules: SegmentRules, asOf: string): SqlFragment {
  const members = rulesMembersSql(db, rules, asOf);
  return { sql: `SELECT c.id FROM customers c WHERE c.id IN (${members.sql}) ORDER BY c.display_key, c.id`, params: members.params };
}

export function memberIds(db: Reader, rules: SegmentRules, asOf: string): string[] {
  const query = memberIdsQuery(db, rules, asOf);
  return db.all<{ id: string }>(query.sql, query.params).map((row) => row.id);
}

/** Several segments' member counts (and the RFM groups' sizes, when named) in one statement: see segmentCountsSql. */
export function countSegments(db: Reader, rulesList: readonly SegmentRules[], asOf: string, rfmGroups: readonly string[] = []): { segments: number[]; groups: number[] } {
  const query = segmentCountsSql(rulesList, { asOf, rfm: () => rfmParameters(db, { asOf, from: null, to: null }) }, rfmGroups);
  const row = db.get<Record<string, number>>(query.sql, query.params) ?? {};
  return { segments: rulesList.map((_, i) => row[`n${i}`] ?? 0), groups: rfmGroups.map((_, i) => row[`g${i}`] ?? 0) };
}

const group = (rules: SegmentRules['rules']): SegmentRules => ({ kind: 'group', op: 'and', not: false, rules });

/** The segments every workspace starts with: what a relationship marketer looks at first. */
export const READY_MADE: Record<ReadyMadeSegment, SegmentInput> = {
  champions: {
    name: 'Champions',
    colour: 'green',
    description: 'Bought recently, buy often and spend the most. Thank them, reward them, ask them to refer a friend.',
    rules: group([{ field: 'rfmGroup', op: 'in', values: ['champions'] }]),
  },
  atRisk: {
    name: 'At risk',
    colour: 'red',
    description: "Good customers who have not bought for a while (RFM At risk and Can't lose them). Win them back with a personal note.",
    rules: group([{ field: 'rfmGroup', op: 'in', values: ['atRisk', 'cantLoseThem'] }]),
  },
  newThisQuarter: {
    name: 'New this quarter',
    colour: 'blue',
    description: 'First purchase in the last 90 days. Welcome them and make the second purchase easy.',
    rules: group([{ field: 'firstPurchase', op: 'inLastDays', days: 90 }]),
  },
  neverBought: {
    name: 'Never bought',
    colour: 'gray',
    description: 'Leads and contacts without a purchase yet.',
    rules: group([{ field: 'purchaseCount', op: 'eq', value: 0 }]),
  },
  noEmailConsent: {
    name: 'No email consent',
    colour: 'amber',
    description: 'Nobody may email them: ask for consent at the next visit or by post.',
    rules: group([{ field: 'consent', medium: 'email', op: 'notGranted' }]),
  },
  ambassadors: {
    name: 'Ambassadors',
    colour: 'purple',
    description: 'Brought at least one other customer. Thank them personally.',
    rules: group([{ field: 'referredCount', op: 'gte', value: 1 }]),
  },
};

/**
 * Writes the ready-made segments once per workspace (a new one when it is created, an older file the first time
 * it is opened by this version); a later delete by the user is respected.
 */
export function addReadyMadeSegmentsOnce(db: Writer, now: Date, newId: () => string): number {
  if (db.get("SELECT 1 FROM rapport_meta WHERE key = 'ready_made_segments'")) return 0;
  for (const key of READY_MADE_SEGMENTS) insertSegment(db, newId(), READY_MADE[key], now, key);
  db.run("INSERT INTO rapport_meta (key, value) VALUES ('ready_made_segments', ?)", [now.toISOString()]);
  return READY_MADE_SEGMENTS.length;
}

export function readyMadeSegmentsAdded(db: Reader): boolean {
  return db.get("SELECT 1 FROM rapport_meta WHERE key = 'ready_made_segments'") !== undefined;
}
