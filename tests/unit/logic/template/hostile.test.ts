import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MergeContext } from '../../../../shared/domain/template';
import { renderTemplate } from '../../../../shared/logic/template';

const render = (body: string, context: MergeContext = {}) => renderTemplate(body, context, { language: 'en' });
const text = (value: string): MergeContext => ({ firstName: { type: 'text', value } });

describe('hostile input', () => {
  it('inserts values as text and never reads them again', () => {
    expect(render('Hi {{firstName}}!', text('{{lastName}}')).text).toBe('Hi {{lastName}}!');
    expect(render('Hi {{firstName}}!', text('}} {{#if')).text).toBe('Hi }} {{#if!');
    expect(render('Hi {{firstName}}!', text('{{')).warnings).toEqual([]);
  });
  it('keeps a {{ without }} as literal text with unclosed-tag', () => {
    const r = render('Hello {{firstName');
    expect(r.text).toBe('Hello {{firstName');
    expect(r.warnings).toEqual([{ code: 'unclosed-tag', at: 6 }]);
  });
  it('copes with {{{{ and a lone }}', () => {
    const r = render('{{{{firstName}}}}', text('Ann'));
    expect(r.text).toBe('}}');
    expect(r.warnings.map((w) => w.code)).toEqual(['unknown-field']);
    expect(render('a }} b')).toEqual({ text: 'a }} b', warnings: [] });
  });
  it('never looks names up on Object.prototype', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      const r = render(`x{{${name}}}y{{#if ${name}}}yes{{/if}}`);
      expect(r.text).toBe('xy');
      expect(r.warnings).toEqual([
        { code: 'unknown-field', field: name, at: 1 },
        { code: 'unknown-field', field: name, at: name.length + 6 },
      ]);
    }
    // a context built from JSON with a __proto__ key does not make it a field either
    const evil = JSON.parse('{"__proto__": {"type":"text","value":"pwned"}}') as MergeContext;
    expect(render('{{__proto__}}', evil).text).toBe('');
  });
  it('keeps unicode names intact', () => {
    for (const name of ['Dvořák', 'Šťastná', 'Søren', 'Ærø', '日本']) expect(render('Dear {{firstName}},', text(name)).text).toBe(`Dear ${name},`);
  });
  it('renders a 10 MB body in one pass', () => {
    const body = 'Dear {{firstName | "friend"}}, {{#if isB2B}}x{{else}}y{{/if}} '.repeat(170_000);
    expect(body.length).toBeGreaterThan(10_000_000);
    const r = render(body, text('Ann'));
    expect(r.text.startsWith('Dear Ann, y Dear Ann, y')).toBe(true);
    expect(r.warnings).toEqual([]);
  });
  it('survives 10,000 nested #if (too-deep, no stack overflow)', () => {
    const body = '{{#if isB2B}}'.repeat(10_000) + 'x' + '{{/if}}'.repeat(10_000);
    const r = render(body, { isB2B: { type: 'boolean', value: true } });
    expect(r.warnings[0]).toEqual({ code: 'too-deep', at: 20 * 13 });
    expect(r.text.length).toBe(body.length - 20 * 13);
  });
  it('never throws, and leaves a template {{ only when it said so (unclosed-tag or too-deep)', () => {
    const piece = fc.constantFrom('{{', '}}', '{', '}', '|', '"', ' ', 'x', '#if ', '#unless ', 'else', '/if', '/unless', 'firstName', 'isB2B', 'date', 'constructor');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((a) => a.join('')), (body) => {
        const r = render(body, text('Ann'));
        if (r.text.includes('{{')) expect(r.warnings.some((w) => w.code === 'unclosed-tag' || w.code === 'too-deep')).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
