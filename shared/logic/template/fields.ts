import type { TemplateWarning } from '../../domain/template';
import { tokenize } from './lexer';

/**
 * The merge fields a body uses (known ones only), in first-use order: whether every use as a value has a fallback
 * (`hasFallback`), and whether it is only tested in conditions (`conditionOnly`, so a missing value is no gap).
 */
export function templateFields(body: string): { field: string; hasFallback: boolean; conditionOnly: boolean }[] {
  const ignored: TemplateWarning[] = [];
  const found = new Map<string, { field: string; hasFallback: boolean; conditionOnly: boolean }>();
  for (const tok of tokenize(body, ignored)) {
    if ((tok.kind !== 'field' && tok.kind !== 'open') || !tok.known) continue;
    let entry = found.get(tok.name);
    if (!entry) {
      entry = { field: tok.name, hasFallback: true, conditionOnly: true };
      found.set(tok.name, entry);
    }
    if (tok.kind === 'field') {
      entry.conditionOnly = false;
      if (tok.fallback === null) entry.hasFallback = false;
    }
  }
  // a field only ever used in conditions has no fallback to speak of
  return [...found.values()].map((e) => (e.conditionOnly ? { ...e, hasFallback: false } : e));
}
