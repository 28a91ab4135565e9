import type { Campaign, CampaignStatus, Step } from '../../../shared/domain/campaign';
import { RapportFailure } from '../../../shared/contract/result';
import type { Reader, Writer } from '../database';

/**
 * Campaign plans (table campaigns, migration 0009), each with its progress counted from its touches. Deleting
 * keeps the row (and the touches) so that delete can be undone; a deleted plan's touches are not shown or counted.
 */

interface CampaignRow {
  id: string;
  name: string;
  description: string;
  program_id: string | null;
  status: CampaignStatus;
  segment_ids: string;
  steps: string;
  start_date: string;
  end_date: string;
  business_days_only: number;
  budget_minor: number;
  created_at: string;
  updated_at: string;
  planned: number | null;
  done: number | null;
  skipped: number | null;
  spent_minor: number | null;
  planned_cost_minor: number | null;
}

export type CampaignFields = Omit<Campaign, 'id' | 'createdAt' | 'updatedAt' | 'progress'>;

const SELECT = `SELECT c.id, c.name, c.description, c.program_id, c.status, c.segment_ids, c.steps, c.start_date, c.end_date, c.business_days_only,
    c.budget_minor, c.created_at, c.updated_at, t.planned, t.done, t.skipped, t.spent_minor, t.planned_cost_minor
  FROM campaigns c LEFT JOIN (
    SELECT campaign_id, sum(status = 'planned') AS planned, sum(status = 'done') AS done, sum(status = 'skipped') AS skipped,
      sum(CASE WHEN status = 'done' THEN cost_minor ELSE 0 END) AS spent_minor, sum(CASE WHEN status <> 'skipped' THEN cost_minor ELSE 0 END) AS planned_cost_minor
    FROM touches GROUP BY campaign_id) t ON t.campaign_id = c.id`;

const toCampaign = (r: CampaignRow, dropped: number): Campaign => ({
  id: r.id, name: r.name, description: r.description, programId: r.program_id, status: r.status, segmentIds: JSON.parse(r.segment_ids) as string[],
  steps: JSON.parse(r.steps) as Step[], startDate: r.start_date, endDate: r.end_date, businessDaysOnly: r.business_days_only === 1, budgetMinor: r.budget_minor,
  createdAt: r.created_at, updatedAt: r.updated_at,
  progress: { planned: r.planned ?? 0, done: r.done ?? 0, skipped: r.skipped ?? 0, dropped, spentMinor: r.spent_minor ?? 0, plannedCostMinor: r.planned_cost_minor ?? 0 },
});

/** Drops of the last schedule, per plan (kept in memory by the handler; the table keeps only placed touches). */
export type DroppedCounts = ReadonlyMap<string, number>;

export function listCampaigns(db: Reader, dropped: DroppedCounts = new Map()): Campaign[] {
  return db
    .all<CampaignRow>(`${SELECT} WHERE c.deleted_at = '' ORDER BY CASE c.status WHEN 'active' THEN 0 WHEN 'draft' THEN 1 ELSE 2 END, c.start_date, c.name COLLATE NOCASE, c.id`)
    .map((r) => toCampaign(r, dropped.get(r.id) ?? 0));
}

export function readCampaign(db: Reader, id: string, dropped: DroppedCounts = new Map()): Campaign {
  const row = db.get<CampaignRow>(`${SELECT} WHERE c.id = ? AND c.deleted_at = ''`, [id]);
  if (!row) throw new RapportFailure('not-found', 'That campaign plan does not exist (any more).', { id });
  return toCampaign(row, dropped.get(id) ?? 0);
}

const values = (c: CampaignFields) => [
  c.name, c.description, c.programId, c.status, JSON.stringify(c.segmentIds), JSON.stringify(c.steps), c.startDate, c.endDate, c.businessDaysOnly ? 1 : 0, c.budgetMinor,
];

/** Refuses a program that does not exist and two steps with one id. */
function check(db: Reader, c: CampaignFields): void {
  if (c.programId && !db.get("SELECT 1 FROM programs WHERE id = ? AND deleted_at = ''", [c.programId])) {
    throw new RapportFailure('not-found', 'The program this plan is for does not exist (any more).', { id: c.programId });
  }
  const ids = new Set(c.steps.map((s) => s.id));
  if (ids.size !== c.steps.length) throw new RapportFailure('invalid-request', 'Two steps of the plan have the same id.');
}

export function insertCampaign(db: Writer, id: string, campaign: CampaignFields, now: Date): void {
  check(db, campaign);
  const at = now.toISOString();
  db.run(
    `INSERT INTO campaigns (id, name, description, program_id, status, segment_ids, steps, start_date, end_date, business_days_only, budget_minor,
       created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [id, ...values(campaign), at, at],
  );
}

/**
 * A patch over the plan's fields. Planned touches of steps that are gone are removed (done and skipped ones stay:
 * they happened); a plan set back to draft or ended keeps its touches until it is scheduled again.
 */
export function updateCampaign(db: Writer, id: string, patch: Partial<CampaignFields>, now: Date): void {
  const next = { ...readCampaign(db, id), ...patch };
  if (next.endDate < next.startDate) throw new RapportFailure('invalid-request', 'A plan ends on or after its start.', { id });
  check(db, next);
  db.run(
    `UPDATE campaigns SET name = ?, description = ?, program_id = ?, status = ?, segment_ids = ?, steps = ?, start_date = ?, end_date = ?,
       business_days_only = ?, budget_minor = ?, updated_at = ? WHERE id = ?`,
    [...values(next), now.toISOString(), id],
  );
  if (patch.steps) {
    db.run("DELETE FROM touches WHERE campaign_id = ? AND status = 'planned' AND step_id NOT IN (SELECT value ->> 'id' FROM json_each(?))", [id, JSON.stringify(next.steps)]);
  }
}

export function markCampaignDeleted(db: Writer, id: string, now: Date): void {
  readCampaign(db, id);
  db.run('UPDATE campaigns SET deleted_at = ? WHERE id = ?', [now.toISOString(), id]);
}

export function restoreCampaign(db: Writer, id: string): void {
  if (!db.get("SELECT 1 FROM campaigns WHERE id = ? AND deleted_at <> ''", [id])) throw new RapportFailure('not-found', 'That plan is not among the deleted plans.', { id });
  db.run("UPDATE campaigns SET deleted_at = '' WHERE id = ?", [id]);
}

/** Plans that are not deleted and have this status (schedule without an id takes the active ones). */
export function campaignsWithStatus(db: Reader, status: CampaignStatus): Campaign[] {
  return listCampaigns(db).filter((c) => c.status === status);
}
