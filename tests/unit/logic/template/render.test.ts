import { describe, expect, it } from 'vitest';
import type { MergeContext } from '../../../../shared/domain/template';
import { lintTemplate, renderTemplate } from '../../../../shared/logic/template';

/** Intl puts U+00A0 / U+202F in Danish, Czech, Norwegian and Slovenian money and numbers; the expectations below are written with spaces. */
const spaces = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

const ctx: MergeContext = {
  firstName: { type: 'text', value: 'Søren' },
  lastName: { type: 'text', value: 'Dvořák' },
  company: { type: 'text', value: '' },
  isB2B: { type: 'boolean', value: true },
  lastPurchaseDate: { type: 'date', value: '2026-03-31' },
  totalSpent: { type: 'money', minor: 123450, currency: 'DKK' },
  purchaseCount: { type: 'number', value: 1234 },
  referredCount: { type: 'number', value: 0 },
  birthday: null,
};
const render = (body: string, language: 'en' | 'da' | 'nb' | 'cs' | 'sl' = 'en', context: MergeContext = ctx) => renderTemplate(body, context, { language });
const codes = (body: string, context: MergeContext = ctx) => render(body, 'en', context).warnings.map((w) => w.code);

describe('merge fields', () => {
  it('inserts text values as they are, with or without spaces in the braces', () => {
    expect(render('Dear {{firstName}} {{ lastName }},').text).toBe('Dear Søren Dvořák,');
    expect(render('Kære {{firstName}}', 'da').warnings).toEqual([]);
  });
  it('formats dates as long dates in each language, genitive months in Czech and Slovenian', () => {
    const body = 'Since {{lastPurchaseDate | date}}';
    expect(render(body, 'en').text).toBe('Since 31 March 2026');
    expect(render(body, 'da').text).toBe('Since 31. marts 2026');
    expect(render(body, 'nb').text).toBe('Since 31. mars 2026');
    expect(render(body, 'cs').text).toBe('Since 31. března 2026');
    expect(render(body, 'sl').text).toBe('Since 31. marca 2026');
    expect(render('{{lastPurchaseDate}}', 'cs', { lastPurchaseDate: { type: 'date', value: '2026-01-05' } }).text).toBe('5. ledna 2026');
    expect(render('{{lastPurchaseDate}}', 'sl', { lastPurchaseDate: { type: 'date', value: '2026-08-01' } }).text).toBe('1. avgusta 2026');
  });
  it('formats money in the currency and the language', () => {
    const m = (minor: number, currency: string): MergeContext => ({ totalSpent: { type: 'money', minor, currency } });
    expect(spaces(render('{{totalSpent | money}}', 'da', m(123450, 'DKK')).text)).toBe('1.234,50 kr.');
    expect(spaces(render('{{totalSpent}}', 'cs', m(123450, 'CZK')).text)).toBe('1 234,50 Kč');
    expect(spaces(render('{{totalSpent}}', 'sl', m(123450, 'EUR')).text)).toBe('1.234,50 €');
    expect(spaces(render('{{totalSpent}}', 'nb', m(123450, 'NOK')).text)).toBe('1 234,50 kr');
    expect(render('{{totalSpent}}', 'en', m(123450, 'GBP')).text).toBe('£1,234.50');
    expect(render('{{totalSpent}}', 'en', m(123450, 'JPY')).text).toBe('JP¥1,235');
  });
  it('formats numbers in the language', () => {
    expect(render('{{purchaseCount | number}}', 'en').text).toBe('1,234');
    expect(render('{{purchaseCount}}', 'da').text).toBe('1.234');
    expect(spaces(render('{{purchaseCount}}', 'cs').text)).toBe('1 234');
    expect(render('{{referredCount}}', 'sl').text).toBe('0');
  });
});

describe('fallbacks and missing values', () => {
  it('uses the fallback for null, empty text and absent values', () => {
    expect(render('Hi {{birthday | "friend"}}').text).toBe('Hi friend');
    expect(render('{{company | "—"}}').text).toBe('—');
    expect(render('{{city | "there"}}').text).toBe('there');
    expect(render('{{firstName | "friend"}}').text).toBe('Søren');
    expect(render('{{birthday | date | "recently"}}').text).toBe('recently');
    expect(render('{{ birthday|"a | b" }}').text).toBe('a | b');
  });
  it('warns missing-value when there is no fallback, and prints nothing', () => {
    const r = render('Hi {{company}}!');
    expect(r.text).toBe('Hi !');
    expect(r.warnings).toEqual([{ code: 'missing-value', field: 'company', at: 3 }]);
  });
  it('warns empty-result for a result that is only whitespace', () => {
    expect(codes('  {{company}} \n')).toEqual(['missing-value', 'empty-result']);
    expect(codes('')).toEqual(['empty-result']);
  });
  it('warns unknown-field and unknown-format', () => {
    const r = render('a{{nickname}}b{{firstName | shout}}');
    expect(r.text).toBe('abSøren');
    expect(r.warnings).toEqual([
      { code: 'unknown-field', field: 'nickname', at: 1 },
      { code: 'unknown-format', field: 'shout', at: 14 },
    ]);
  });
});

describe('conditions', () => {
  it('if / else / unless, false being null, empty, false and 0', () => {
    expect(render('{{#if isB2B}}firm{{else}}person{{/if}}').text).toBe('firm');
    expect(render('{{#if company}}firm{{else}}person{{/if}}').text).toBe('person');
    expect(render('{{#if referredCount}}thanks{{else}}none{{/if}}').text).toBe('none');
    expect(render('{{#if birthday}}x{{/if}}y').text).toBe('y');
    expect(render('{{#unless company}}no company{{/unless}}').text).toBe('no company');
    expect(render('{{#unless isB2B}}a{{else}}b{{/unless}}').text).toBe('b');
    expect(render('{{#if isB2B}}x{{/if}}', 'en', { isB2B: { type: 'boolean', value: false } }).text).toBe('');
  });
  it('nests, and fields in a branch not taken give no warnings', () => {
    const body = '{{#if isB2B}}A{{#if company}}B{{else}}C{{#unless referredCount}}D{{/unless}}{{/if}}E{{else}}{{nothing}}{{city}}{{/if}}';
    const r = render(body);
    expect(r.text).toBe('ACDE');
    // unknown-field is a syntax warning, found wherever it is; missing-value only where printed
    expect(r.warnings.map((w) => w.code)).toEqual(['unknown-field']);
  });
  it('warns unclosed-condition, unexpected-close and a stray else', () => {
    expect(codes('{{#if isB2B}}open')).toEqual(['unclosed-condition']);
    expect(render('a{{/if}}b').text).toBe('ab');
    expect(codes('a{{/if}}b')).toEqual(['unexpected-close']);
    expect(codes('a{{else}}b')).toEqual(['unexpected-close']);
    expect(codes('{{#if isB2B}}a{{else}}b{{else}}c{{/if}}')).toEqual(['unexpected-close']);
    expect(codes('{{#if mood}}a{{/if}}')).toEqual(['unknown-field', 'empty-result']);
    expect(codes('{{#ifisB2B}}a')).toEqual(['unknown-field']);
    expect(render('{{#if\tisB2B}}a{{/unless}}').text).toBe('a');
  });
  it('stops at depth 20: the deeper tag and the rest are plain text with too-deep', () => {
    const ok = '{{#if isB2B}}'.repeat(20) + 'x' + '{{/if}}'.repeat(20);
    expect(render(ok)).toEqual({ text: 'x', warnings: [] });
    const deep = '{{#if isB2B}}'.repeat(21) + 'x' + '{{/if}}'.repeat(21);
    const r = render(deep);
    expect(r.text).toBe('{{#if isB2B}}x' + '{{/if}}'.repeat(21));
    expect(r.warnings.map((w) => w.code)).toEqual(['too-deep', ...Array(20).fill('unclosed-condition')]);
  });
});

describe('lintTemplate', () => {
  it('reports syntax warnings only', () => {
    expect(lintTemplate('{{firstName}} {{company}}')).toEqual([]);
    expect(lintTemplate('{{#if isB2B}}{{foo | bar}} {{').map((w) => w.code)).toEqual(['unknown-field', 'unknown-format', 'unclosed-tag', 'unclosed-condition']);
  });
});

describe('edges of the syntax', () => {
  it('prints a yes/no field as a word of the language, not true/false', () => {
    expect(render('B2B: {{isB2B}}', 'en').text).toBe('B2B: yes');
    expect(render('{{isB2B}}', 'cs').text).toBe('ano');
    expect(render('{{isB2B}}', 'da', { isB2B: { type: 'boolean', value: false } }).text).toBe('nej');
  });
  it('lets a quoted fallback contain }} and |', () => {
    const out = render('Hi {{company | "}} you | all"}}!', 'en');
    expect(out.text).toBe('Hi }} you | all!');
    expect(out.warnings).toEqual([]);
  });
  it('reads a stray quote as if there were none: the tag ends at the first }}', () => {
    const out = render('{{firstName | "friend}} and {{lastName}}', 'en');
    expect(out.text).toBe('Søren and Dvořák');
    expect(out.warnings.map((w) => w.code)).toEqual(['unknown-format']);
  });
});
