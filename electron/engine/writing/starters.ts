import { STARTER_TEMPLATES } from '../../../resources/templates';
import type { Language } from '../../../shared/domain/profile';
import type { Reader, Writer } from '../database';
import { readProfile } from '../store/profile';
import { insertTemplate, restoreTemplate, starterKeys } from '../store/templates';

/**
 * The starter library (resources/templates/) in a workspace: copied once into every new workspace and into an
 * older one on its first open here (a rapport_meta flag, so a starter the user deleted stays deleted), and
 * brought back on request (templates.addMissingStarters).
 */

const FLAG = 'starter_templates';

export function starterTemplatesAdded(db: Reader): boolean {
  return db.get<{ value: string }>('SELECT value FROM rapport_meta WHERE key = ?', [FLAG]) !== undefined;
}

/** Adds the starters not in the workspace, and restores deleted ones; answers how many came (back). */
export function addMissingStarters(db: Writer, now: Date, newId: () => string): number {
  const present = starterKeys(db);
  const language: Language = readProfile(db).language;
  let added = 0;
  for (const starter of STARTER_TEMPLATES) {
    const there = present.get(starter.key);
    if (there && !there.deleted) continue;
    if (there) restoreTemplate(db, there.id);
    else insertTemplate(db, newId(), { name: starter.name[language], kind: starter.kind, occasion: starter.occasion, versions: starter.versions, starterKey: starter.key }, now);
    added += 1;
  }
  return added;
}

export function addStarterTemplatesOnce(db: Writer, now: Date, newId: () => string): void {
  if (starterTemplatesAdded(db)) return;
  addMissingStarters(db, now, newId);
  db.run('INSERT INTO rapport_meta (key, value) VALUES (?, ?)', [FLAG, now.toISOString()]);
}
