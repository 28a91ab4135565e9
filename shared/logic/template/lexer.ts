import { MERGE_FIELDS, type MergeFieldName, type MergeFieldType, type TemplateWarning } from '../../domain/template';
import { TEMPLATE_FORMATS, type TemplateFormat } from './formats';

/**
 * The template lexer: one left-to-right pass with indexOf (no regular expressions over the body, no recursion),
 * so its cost is linear in the body. It yields flat tokens; conditions are matched by the renderer with a stack.
 */

export type Token =
  | { kind: 'text'; text: string; at: number }
  | { kind: 'field'; name: string; known: boolean; formats: string[]; fallback: string | null; at: number }
  | { kind: 'open'; negate: boolean; name: string; known: boolean; at: number }
  | { kind: 'else'; at: number }
  | { kind: 'close'; at: number };

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** `#if` or `#unless`, then a space or the end (so `#ifx` is not a condition). Anchored, no backtracking. */
const CONDITION = /^#(if|unless)(?=\s|$)/;

/** True only for names in MERGE_FIELDS (own keys: `constructor` or `__proto__` are unknown, never prototype lookups). */
export function isMergeField(name: string): name is MergeFieldName {
  return NAME.test(name) && Object.hasOwn(MERGE_FIELDS, name);
}

/** The type of a merge field, or null for a name that is not one. */
export function mergeFieldType(name: string): MergeFieldType | null {
  return isMergeField(name) ? MERGE_FIELDS[name].type : null;
}

function isFormat(name: string): name is TemplateFormat {
  return (TEMPLATE_FORMATS as readonly string[]).includes(name);
}

/** `a | b | "c | d"` → ['a', 'b', '"c | d"']: splits on | outside double quotes, one pass. */
function splitPipes(t: string): string[] {
  if (!t.includes('"')) return t.split('|').map((p) => p.trim());
  const parts: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < t.length; i++) {
    const ch = t.charCodeAt(i);
    if (ch === 34) quoted = !quoted;
    else if (ch === 124 && !quoted) {
      parts.push(t.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(t.slice(start).trim());
  return parts;
}

/** Reads one tag's inside (between `{{` and `}}`); `at` is the offset of its `{{`. */
function readTag(inner: string, at: number, warnings: TemplateWarning[]): Token {
  const t = inner.trim();
  if (t === 'else') return { kind: 'else', at };
  if (t === '/if' || t === '/unless') return { kind: 'close', at };
  const condition = CONDITION.exec(t);
  if (condition) {
    const negate = condition[1] === 'unless';
    const name = t.slice(condition[0].length).trim();
    const known = isMergeField(name);
    if (!known) warnings.push({ code: 'unknown-field', field: name, at });
    return { kind: 'open', negate, name, known, at };
  }
  // field | format | format | "fallback": split on | outside double quotes
  const parts = splitPipes(t);
  const name = parts[0] ?? '';
  const known = isMergeField(name);
  if (!known) warnings.push({ code: 'unknown-field', field: name, at });
  const formats: string[] = [];
  let fallback: string | null = null;
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i] ?? '';
    if (i === parts.length - 1 && p.length >= 2 && p.startsWith('"') && p.endsWith('"')) fallback = p.slice(1, -1);
    else if (isFormat(p)) formats.push(p);
    else warnings.push({ code: 'unknown-format', field: p, at });
  }
  return { kind: 'field', name, known, formats, fallback, at };
}

/** How far a tag with a quoted fallback is searched for its end (keeps a stray quote from reading the whole body). */
const MAX_QUOTED_TAG = 500;

/**
 * Where the tag whose inside starts at `from` ends: the first `}}` outside double quotes, so a fallback may
 * contain `}}` (`{{firstName | "}} friend"}}`); when the quotes do not close within MAX_QUOTED_TAG characters
 * or a line, the first `}}` as if there were no quotes.
 */
function closeOf(body: string, from: number): number {
  const plain = body.indexOf('}}', from);
  if (plain < 0) return -1;
  const quote = body.indexOf('"', from);
  if (quote < 0 || quote > plain) return plain;
  let quoted = false;
  const limit = Math.min(body.length - 1, from + MAX_QUOTED_TAG);
  for (let i = from; i < limit; i++) {
    const ch = body.charCodeAt(i);
    if (ch === 34) quoted = !quoted;
    else if (ch === 10) break;
    else if (!quoted && ch === 125 && body.charCodeAt(i + 1) === 125) return i;
  }
  return plain;
}

/**
 * Splits a body into tokens. A `{{` with no `}}` after it makes the rest literal text (an `unclosed-tag` warning).
 * Text tokens never contain `{{`.
 */
export function tokenize(body: string, warnings: TemplateWarning[]): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  while (pos < body.length) {
    const open = body.indexOf('{{', pos);
    if (open < 0) {
      tokens.push({ kind: 'text', text: body.slice(pos), at: pos });
      break;
    }
    if (open > pos) tokens.push({ kind: 'text', text: body.slice(pos, open), at: pos });
    const close = closeOf(body, open + 2);
    if (close < 0) {
      warnings.push({ code: 'unclosed-tag', at: open });
      tokens.push({ kind: 'text', text: body.slice(open), at: open });
      break;
    }
    tokens.push(readTag(body.slice(open + 2, close), open, warnings));
    pos = close + 2;
  }
  return tokens;
}
