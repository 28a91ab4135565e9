import { describe, expect, it } from 'vitest';
import { mergeFieldType, pickVersion, templateFields } from '../../../../shared/logic/template';

describe('templateFields', () => {
  it('lists known fields in first-use order with fallback and condition-only flags', () => {
    const body = '{{#if isB2B}}{{company | "your firm"}}{{/if}} {{firstName}} {{company}} {{nope}} {{city | "x"}}';
    expect(templateFields(body)).toEqual([
      { field: 'isB2B', hasFallback: false, conditionOnly: true },
      { field: 'company', hasFallback: false, conditionOnly: false },
      { field: 'firstName', hasFallback: false, conditionOnly: false },
      { field: 'city', hasFallback: true, conditionOnly: false },
    ]);
    expect(templateFields('{{toString}}')).toEqual([]);
  });
});

describe('mergeFieldType', () => {
  it('gives the type of a merge field and null for anything else', () => {
    expect(mergeFieldType('totalSpent')).toBe('money');
    expect(mergeFieldType('isB2B')).toBe('boolean');
    expect(mergeFieldType('constructor')).toBeNull();
    expect(mergeFieldType('')).toBeNull();
  });
});

describe('pickVersion', () => {
  const en = { subject: 'Hi', body: 'Dear {{firstName}}' };
  const da = { subject: 'Hej', body: 'Kære {{firstName}}' };
  const cs = { subject: 'Ahoj', body: 'Vážený {{firstName}}' };
  it('takes the customer language when the template has it', () => {
    expect(pickVersion({ versions: { en, da } }, 'da', 'en')).toEqual({ language: 'da', version: da, fellBackFrom: null });
  });
  it('falls back to the business language, reporting the wanted one', () => {
    expect(pickVersion({ versions: { en, da } }, 'cs', 'da')).toEqual({ language: 'da', version: da, fellBackFrom: 'cs' });
    expect(pickVersion({ versions: { en, da } }, 'de', 'en')).toEqual({ language: 'en', version: en, fellBackFrom: 'de' });
    expect(pickVersion({ versions: { en, da } }, null, 'da')).toEqual({ language: 'da', version: da, fellBackFrom: null });
  });
  it('else takes the first version there is', () => {
    expect(pickVersion({ versions: { cs } }, 'sl', 'nb')).toEqual({ language: 'cs', version: cs, fellBackFrom: 'sl' });
    expect(pickVersion({ versions: { cs } }, 'toString', 'en').language).toBe('cs');
  });
  it('refuses a template with no version', () => {
    expect(() => pickVersion({ versions: {} }, 'en', 'en')).toThrow('This template has no text in any language.');
  });
});
