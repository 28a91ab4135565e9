import { describe, expect, it } from 'vitest';
import type { MergeContext } from '../../../../shared/domain/template';
import { renderForCustomer } from '../../../../shared/logic/template';

/** One customer's text: the version picked by their language, subject and body rendered, the fallback reported. */

const context: MergeContext = { firstName: { type: 'text', value: 'Jana' }, totalSpent: { type: 'money', minor: 123_450, currency: 'DKK' } };
const template = {
  versions: {
    en: { subject: 'Thank you, {{firstName}}', body: 'You have spent {{totalSpent | money}}.' },
    cs: { subject: 'Děkujeme', body: 'Utratila jste {{totalSpent | money}}.' },
  },
};
const spaces = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('renderForCustomer', () => {
  it("writes in the customer's language with its formats", () => {
    const out = renderForCustomer(template, context, 'cs', 'en');
    expect(out.language).toBe('cs');
    expect(out.fellBackFrom).toBeNull();
    expect(out.subject).toBe('Děkujeme');
    expect(spaces(out.text)).toBe('Utratila jste 1 234,50 DKK.');
    expect(out.warnings).toEqual([]);
  });
  it('falls back to the business language and adds a language-fallback warning', () => {
    const out = renderForCustomer(template, context, 'da', 'en');
    expect(out.language).toBe('en');
    expect(out.fellBackFrom).toBe('da');
    expect(out.subject).toBe('Thank you, Jana');
    expect(out.warnings).toContainEqual({ code: 'language-fallback', field: 'da' });
  });
  it('treats a customer without a language as wanting none (no fallback reported)', () => {
    const out = renderForCustomer(template, context, '', 'en');
    expect(out.language).toBe('en');
    expect(out.fellBackFrom).toBeNull();
  });
  it("reports the subject's problems but not an empty subject", () => {
    const noSubject = renderForCustomer({ versions: { en: { subject: '', body: 'Hi {{firstName}}' } } }, context, 'en', 'en');
    expect(noSubject.warnings).toEqual([]);
    const badSubject = renderForCustomer({ versions: { en: { subject: 'Hi {{frstName}}', body: 'x' } } }, context, 'en', 'en');
    expect(badSubject.warnings.map((w) => w.code)).toContain('unknown-field');
  });
});
