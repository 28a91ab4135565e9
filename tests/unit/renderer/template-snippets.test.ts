import { describe, expect, it } from 'vitest';
import { MERGE_FIELD_GROUPS, MERGE_FIELDS } from '@shared/domain/template';
import { fieldsByGroup, fieldTag, insertAt, languageOrder } from '../../../renderer/src/features/templates/snippets';

describe('template editor snippets', () => {
  it('inserts at the cursor and puts the cursor after the insertion', () => {
    expect(insertAt('Dear !', 5, 5, '{{firstName}}')).toEqual({ text: 'Dear {{firstName}}!', cursor: 18 });
  });
  it('replaces the selection', () => {
    expect(insertAt('Dear NAME!', 5, 9, '{{firstName}}')).toEqual({ text: 'Dear {{firstName}}!', cursor: 18 });
  });
  it('clamps a cursor outside the text (end, or reversed selection)', () => {
    expect(insertAt('ab', 10, 12, 'X')).toEqual({ text: 'abX', cursor: 3 });
    expect(insertAt('abcd', 3, 1, 'X')).toEqual({ text: 'abcXd', cursor: 4 });
    expect(insertAt('ab', -4, 0, 'X')).toEqual({ text: 'Xab', cursor: 1 });
  });
  it('groups every merge field once, in the groups of MERGE_FIELDS', () => {
    const groups = fieldsByGroup();
    expect(groups.map((g) => g.group)).toEqual([...MERGE_FIELD_GROUPS]);
    const all = groups.flatMap((g) => g.fields);
    expect(all.sort()).toEqual(Object.keys(MERGE_FIELDS).sort());
    for (const g of groups) for (const f of g.fields) expect(MERGE_FIELDS[f].group).toBe(g.group);
    expect(groups.find((g) => g.group === 'campaign')!.fields).toContain('offer');
  });
  it('writes a field tag', () => expect(fieldTag('lastPurchaseDate')).toBe('{{lastPurchaseDate}}'));
  it('puts the business language first and keeps each language once', () => {
    expect(languageOrder('da')).toEqual(['da', 'en', 'nb', 'cs', 'sl']);
    expect(languageOrder('en')[0]).toBe('en');
    expect(new Set(languageOrder('sl')).size).toBe(5);
  });
});
