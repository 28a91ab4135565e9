import type { Language } from '../../domain/profile';
import type { MergeContext, MergeValue, TemplateWarning, TemplateWarningCode } from '../../domain/template';
import { formatBoolean, formatDate, formatMoney, formatNumber } from './formats';
import { tokenize } from './lexer';

/** How deep `{{#if}}`/`{{#unless}}` may nest; the tag that would go deeper and all after it print as plain text. */
export const MAX_CONDITION_DEPTH = 20;

function isMissing(v: MergeValue | undefined): boolean {
  return v === null || v === undefined || (v.type === 'text' && v.value === '');
}

/** False are: missing, '', false, 0. */
function isTrue(v: MergeValue | undefined): boolean {
  if (v === null || v === undefined) return false;
  switch (v.type) {
    case 'text':
      return v.value !== '';
    case 'boolean':
      return v.value;
    case 'number':
      return v.value !== 0;
    case 'money':
      return v.minor !== 0;
    case 'date':
      return v.value !== '';
  }
}

/** A present value as text in the language (the type decides; formats only confirm it). */
function printValue(v: Exclude<MergeValue, null>, language: Language): string {
  switch (v.type) {
    case 'text':
      return v.value;
    case 'number':
      return formatNumber(v.value, language);
    case 'boolean':
      return formatBoolean(v.value, language);
    case 'date':
      return formatDate(v.value, language);
    case 'money':
      return formatMoney(v.minor, v.currency, language);
  }
}

interface Frame {
  taken: boolean;
  inElse: boolean;
  at: number;
}

/**
 * Renders a body with one recipient's values. Never throws and never evaluates anything: tags are read by the
 * lexer, conditions matched with an explicit stack (no recursion), values inserted as text and not read again.
 * Unknown fields print empty; problems come back as warnings (codes in TEMPLATE_WARNING_CODES).
 */
export function renderTemplate(body: string, context: MergeContext, options: { language: Language }): { text: string; warnings: TemplateWarning[] } {
  const warnings: TemplateWarning[] = [];
  const tokens = tokenize(body, warnings);
  const out: string[] = [];
  const stack: Frame[] = [];
  let inactive = 0; // frames on the stack whose current branch is not printed
  const lookup = (name: string): MergeValue | undefined => (Object.hasOwn(context, name) ? context[name] : undefined);
  const frameActive = (f: Frame): boolean => (f.inElse ? !f.taken : f.taken);

  for (const tok of tokens) {
    if (tok.kind === 'text') {
      if (inactive === 0) out.push(tok.text);
    } else if (tok.kind === 'field') {
      if (inactive > 0 || !tok.known) continue;
      const v = lookup(tok.name);
      if (v === null || v === undefined || isMissing(v)) {
        if (tok.fallback !== null) out.push(tok.fallback);
        else warnings.push({ code: 'missing-value', field: tok.name, at: tok.at });
      } else out.push(printValue(v, options.language));
    } else if (tok.kind === 'open') {
      if (stack.length >= MAX_CONDITION_DEPTH) {
        warnings.push({ code: 'too-deep', at: tok.at });
        if (inactive === 0) out.push(body.slice(tok.at));
        break;
      }
      const value = tok.known && isTrue(lookup(tok.name));
      const f: Frame = { taken: tok.negate ? !value : value, inElse: false, at: tok.at };
      stack.push(f);
      if (!frameActive(f)) inactive++;
    } else if (tok.kind === 'else') {
      const f = stack[stack.length - 1];
      if (!f || f.inElse) {
        warnings.push({ code: 'unexpected-close', field: 'else', at: tok.at });
        continue;
      }
      if (!frameActive(f)) inactive--;
      f.inElse = true;
      if (!frameActive(f)) inactive++;
    } else {
      const f = stack.pop();
      if (!f) {
        warnings.push({ code: 'unexpected-close', at: tok.at });
        continue;
      }
      if (!frameActive(f)) inactive--;
    }
  }
  for (const f of stack) warnings.push({ code: 'unclosed-condition', at: f.at });
  const text = out.join('');
  if (text.trim() === '') warnings.push({ code: 'empty-result' });
  return { text, warnings };
}

const SYNTAX_CODES: ReadonlySet<TemplateWarningCode> = new Set([
  'unknown-field',
  'unknown-format',
  'unclosed-condition',
  'unexpected-close',
  'unclosed-tag',
  'too-deep',
]);

/** The editor's check: syntax warnings only (no values needed), in body order of discovery. */
export function lintTemplate(body: string): TemplateWarning[] {
  return renderTemplate(body, {}, { language: 'en' }).warnings.filter((w) => SYNTAX_CODES.has(w.code));
}
