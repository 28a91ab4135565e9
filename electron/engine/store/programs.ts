import type { Program, ProgramChannel, ProgramRules, ProgramStatus } from '../../../shared/domain/program';
import { RapportFailure } from '../../../shared/contract/result';
import type { Reader, Writer } from '../database';

/** The designer's programs (table programs, migration 0009). Deleting keeps the row, so that delete can be undone. */

interface ProgramRow {
  id: string;
  name: string;
  description: string;
  status: ProgramStatus;
  rules: string;
  segment_ids: string;
  channels: string;
  gift_ids: string;
  benefits: string;
  budget_minor: number;
  start_date: string;
  end_date: string;
  recommendation: string;
  created_at: string;
  updated_at: string;
}

export type ProgramFields = Omit<Program, 'id' | 'createdAt' | 'updatedAt'>;

const SELECT = `SELECT id, name, description, status, rules, segment_ids, channels, gift_ids, benefits, budget_minor, start_date, end_date,
  recommendation, created_at, updated_at FROM programs`;

const toProgram = (r: ProgramRow): Program => ({
  id: r.id, name: r.name, description: r.description, status: r.status, rules: JSON.parse(r.rules) as ProgramRules,
  segmentIds: JSON.parse(r.segment_ids) as string[], channels: JSON.parse(r.channels) as ProgramChannel[], giftIds: JSON.parse(r.gift_ids) as string[],
  benefits: r.benefits, budgetMinor: r.budget_minor, startDate: r.start_date, endDate: r.end_date, recommendation: r.recommendation,
  createdAt: r.created_at, updatedAt: r.updated_at,
});

/** Programs not deleted: active first, then drafts, then ended; by name within. */
export function listPrograms(db: Reader): Program[] {
  return db
    .all<ProgramRow>(`${SELECT} WHERE deleted_at = '' ORDER BY CASE status WHEN 'active' THEN 0 WHEN 'draft' THEN 1 ELSE 2 END, name COLLATE NOCASE, id`)
    .map(toProgram);
}

export function readProgram(db: Reader, id: string): Program {
  const row = db.get<ProgramRow>(`${SELECT} WHERE id = ? AND deleted_at = ''`, [id]);
  if (!row) throw new RapportFailure('not-found', 'That program does not exist (any more).', { id });
  return toProgram(row);
}

const values = (p: ProgramFields) => [
  p.name, p.description, p.rules.type, p.status, JSON.stringify(p.rules), JSON.stringify(p.segmentIds), JSON.stringify(p.channels), JSON.stringify(p.giftIds),
  p.benefits, p.budgetMinor, p.startDate, p.endDate, p.recommendation,
];

export function insertProgram(db: Writer, id: string, program: ProgramFields, now: Date): void {
  const at = now.toISOString();
  db.run(
    `INSERT INTO programs (id, name, description, type, status, rules, segment_ids, channels, gift_ids, benefits, budget_minor, start_date, end_date,
       recommendation, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [id, ...values(program), at, at],
  );
}

/** A patch over the program's fields; refuses a deleted or unknown program and a period that ends before it starts. */
export function updateProgram(db: Writer, id: string, patch: Partial<ProgramFields>, now: Date): void {
  const next = { ...readProgram(db, id), ...patch };
  if (next.startDate && next.endDate && next.endDate < next.startDate) throw new RapportFailure('invalid-request', 'A program ends on or after its start.', { id });
  db.run(
    `UPDATE programs SET name = ?, description = ?, type = ?, status = ?, rules = ?, segment_ids = ?, channels = ?, gift_ids = ?, benefits = ?,
       budget_minor = ?, start_date = ?, end_date = ?, recommendation = ?, updated_at = ? WHERE id = ?`,
    [...values(next), now.toISOString(), id],
  );
}

export function markProgramDeleted(db: Writer, id: string, now: Date): void {
  readProgram(db, id);
  db.run('UPDATE programs SET deleted_at = ? WHERE id = ?', [now.toISOString(), id]);
}

export function restoreProgram(db: Writer, id: string): void {
  if (!db.get("SELECT 1 FROM programs WHERE id = ? AND deleted_at <> ''", [id])) throw new RapportFailure('not-found', 'That program is not among the deleted programs.', { id });
  db.run("UPDATE programs SET deleted_at = '' WHERE id = ?", [id]);
}
