import type { Language } from '../../../shared/domain/profile';
import type { Template, TemplateKind, TemplateVersion } from '../../../shared/domain/template';
import { RapportFailure } from '../../../shared/contract/result';
import type { Reader, Writer } from '../database';

/**
 * Templates (tables templates + template_versions, migration 0008). A starter template keeps the versions it
 * came with in starter_original (JSON), so "unchanged" is a comparison and "reset" a copy back.
 */

type Versions = Partial<Record<Language, TemplateVersion>>;

interface TemplateRow {
  id: string;
  name: string;
  kind: TemplateKind;
  occasion: string;
  starter_key: string;
  starter_original: string;
  created_at: string;
  updated_at: string;
}

const SELECT = 'SELECT id, name, kind, occasion, starter_key, starter_original, created_at, updated_at FROM templates';

/** Versions in language order, so that two equal texts compare equal however they were written. */
function normalised(versions: Versions): Versions {
  const out: Versions = {};
  for (const language of Object.keys(versions).sort() as Language[]) {
    const v = versions[language]!;
    out[language] = { subject: v.subject ?? '', body: v.body };
  }
  return out;
}

function versionsOf(db: Reader, ids: string[]): Map<string, Versions> {
  const byId = new Map<string, Versions>(ids.map((id) => [id, {}]));
  if (ids.length === 0) return byId;
  const rows = db.all<{ template_id: string; language: Language; subject: string; body: string }>(
    'SELECT template_id, language, subject, body FROM template_versions WHERE template_id IN (SELECT value FROM json_each(?)) ORDER BY language',
    [JSON.stringify(ids)],
  );
  for (const row of rows) byId.get(row.template_id)![row.language] = { subject: row.subject, body: row.body };
  return byId;
}

function toTemplate(row: TemplateRow, versions: Versions): Template {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    occasion: row.occasion,
    versions,
    starterKey: row.starter_key === '' ? null : row.starter_key,
    unchangedStarter: row.starter_original !== '' && JSON.stringify(normalised(versions)) === row.starter_original,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Templates not deleted, by name. */
export function listTemplates(db: Reader): Template[] {
  const rows = db.all<TemplateRow>(`${SELECT} WHERE deleted_at = '' ORDER BY name COLLATE NOCASE, id`);
  const versions = versionsOf(db, rows.map((r) => r.id));
  return rows.map((row) => toTemplate(row, versions.get(row.id)!));
}

/** One template, or null when there is none or it was deleted. */
export function readTemplate(db: Reader, id: string): Template | null {
  const row = db.get<TemplateRow>(`${SELECT} WHERE id = ? AND deleted_at = ''`, [id]);
  return row ? toTemplate(row, versionsOf(db, [id]).get(id)!) : null;
}

/** A template that must be there: a clear failure otherwise. */
export function requireTemplate(db: Reader, id: string): Template {
  const template = readTemplate(db, id);
  if (!template) throw new RapportFailure('not-found', 'That template does not exist (any more).', { id });
  return template;
}

function writeVersions(db: Writer, id: string, versions: Versions): void {
  db.run('DELETE FROM template_versions WHERE template_id = ?', [id]);
  for (const [language, v] of Object.entries(normalised(versions))) {
    db.run('INSERT INTO template_versions (template_id, language, subject, body) VALUES (?, ?, ?, ?)', [id, language, v!.subject, v!.body]);
  }
}

export interface NewTemplate {
  name: string;
  kind: TemplateKind;
  occasion: string;
  versions: Versions;
  starterKey?: string;
}

export function insertTemplate(db: Writer, id: string, template: NewTemplate, now: Date): void {
  const at = now.toISOString();
  const original = template.starterKey ? JSON.stringify(normalised(template.versions)) : '';
  db.run(
    'INSERT INTO templates (id, name, kind, occasion, starter_key, starter_original, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    [id, template.name, template.kind, template.occasion, template.starterKey ?? '', original, at, at],
  );
  writeVersions(db, id, template.versions);
}

export function updateTemplate(db: Writer, id: string, patch: Partial<Omit<NewTemplate, 'starterKey'>>, now: Date): void {
  const current = requireTemplate(db, id);
  db.run('UPDATE templates SET name = ?, kind = ?, occasion = ?, updated_at = ? WHERE id = ?', [
    patch.name ?? current.name,
    patch.kind ?? current.kind,
    patch.occasion ?? current.occasion,
    now.toISOString(),
    id,
  ]);
  if (patch.versions) writeVersions(db, id, patch.versions);
}

export function deleteTemplate(db: Writer, id: string, now: Date): void {
  requireTemplate(db, id);
  db.run('UPDATE templates SET deleted_at = ? WHERE id = ?', [now.toISOString(), id]);
}

export function restoreTemplate(db: Writer, id: string): void {
  const row = db.get<{ deleted_at: string }>('SELECT deleted_at FROM templates WHERE id = ?', [id]);
  if (!row) throw new RapportFailure('not-found', 'That template does not exist.', { id });
  db.run("UPDATE templates SET deleted_at = '' WHERE id = ?", [id]);
}

/** Puts a starter's original text back. */
export function resetStarter(db: Writer, id: string, now: Date): void {
  requireTemplate(db, id);
  const row = db.get<{ starter_original: string }>('SELECT starter_original FROM templates WHERE id = ?', [id])!;
  if (row.starter_original === '') throw new RapportFailure('invalid-request', 'Only a starter template can be reset to its original text.', { id });
  writeVersions(db, id, JSON.parse(row.starter_original) as Versions);
  db.run('UPDATE templates SET updated_at = ? WHERE id = ?', [now.toISOString(), id]);
}

/** Starter keys present (deleted or not): what addMissingStarters and seeding leave alone or bring back. */
export function starterKeys(db: Reader): Map<string, { id: string; deleted: boolean }> {
  const rows = db.all<{ id: string; starter_key: string; deleted_at: string }>("SELECT id, starter_key, deleted_at FROM templates WHERE starter_key <> ''");
  return new Map(rows.map((r) => [r.starter_key, { id: r.id, deleted: r.deleted_at !== '' }]));
}
