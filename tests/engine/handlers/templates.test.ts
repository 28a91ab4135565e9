import { describe, expect, it } from 'vitest';
import { WorkspaceDatabase } from '../../../electron/engine/database';
import { migrate } from '../../../electron/engine/migrations';
import { insertTemplate, readTemplate, resetStarter, starterKeys, updateTemplate } from '../../../electron/engine/store/templates';
import { testEnv } from '../../support/engine';
import { callParsed, engineWithWorkspace, trackedEngines } from '../../support/engines';

const engines = trackedEngines();
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('templates handlers', () => {
  it('creates, lists by name, updates, deletes and restores a template', async () => {
    const e = await engineWithWorkspace(engines);
    const thanks = callParsed(e, 'templates.create', { name: 'Thanks', kind: 'letter', versions: { en: { subject: 'Thank you', body: 'Dear {{firstName}}' }, da: { body: 'Kære {{firstName}}' } } });
    callParsed(e, 'templates.create', { name: 'Anniversary', kind: 'email', versions: { en: { body: 'Hi' } } });
    expect(thanks).toMatchObject({ name: 'Thanks', kind: 'letter', occasion: '', starterKey: null, unchangedStarter: false });
    expect(thanks.versions).toEqual({ da: { subject: '', body: 'Kære {{firstName}}' }, en: { subject: 'Thank you', body: 'Dear {{firstName}}' } });
    const own = () => callParsed(e, 'templates.list', {}).filter((t: { starterKey: string | null }) => t.starterKey === null);
    expect(own().map((t: { name: string }) => t.name)).toEqual(['Anniversary', 'Thanks']);

    const updated = callParsed(e, 'templates.update', { id: thanks.id, patch: { name: 'Thank you note', versions: { cs: { body: 'Vážený {{lastName}}' } } } });
    expect(updated.name).toBe('Thank you note');
    expect(Object.keys(updated.versions)).toEqual(['cs']);

    expect(callParsed(e, 'templates.delete', { id: thanks.id })).toEqual({ id: thanks.id });
    expect(own().map((t: { name: string }) => t.name)).toEqual(['Anniversary']);
    expect(callParsed(e, 'templates.restore', { id: thanks.id }).name).toBe('Thank you note');
    expect(own()).toHaveLength(2);
  });

  it('refuses unknown ids, a deleted template, a template without text and a 10 MB body with clear messages', async () => {
    const e = await engineWithWorkspace(engines);
    expect(() => callParsed(e, 'templates.update', { id: UNKNOWN, patch: { name: 'X' } })).toThrow(/does not exist/);
    expect(() => callParsed(e, 'templates.delete', { id: UNKNOWN })).toThrow(/does not exist/);
    expect(() => callParsed(e, 'templates.restore', { id: UNKNOWN })).toThrow(/does not exist/);
    const t = callParsed(e, 'templates.create', { name: 'T', kind: 'letter', versions: { en: { body: 'x' } } });
    callParsed(e, 'templates.delete', { id: t.id });
    expect(() => callParsed(e, 'templates.update', { id: t.id, patch: { name: 'Y' } })).toThrow(/does not exist/);
    expect(() => callParsed(e, 'templates.resetStarter', { id: t.id })).toThrow(/does not exist/);
    expect(() => callParsed(e, 'templates.create', { name: 'T', kind: 'letter', versions: {} })).toThrow(/at least one language/);
    expect(() => callParsed(e, 'templates.create', { name: 'T', kind: 'letter', versions: { en: { body: 'x'.repeat(10_000_000) } } })).toThrow(/at most/);
    const own = callParsed(e, 'templates.create', { name: 'Own', kind: 'letter', versions: { en: { body: 'x' } } });
    expect(() => callParsed(e, 'templates.resetStarter', { id: own.id })).toThrow(/Only a starter/);
  });
});

describe('templates store: starters', () => {
  it('tells an unchanged starter from an edited one and resets it to its original text', async () => {
    const db = new WorkspaceDatabase((await testEnv()).SQL);
    migrate(db);
    const id = '11111111-1111-4111-8111-111111111111';
    const at = new Date('2026-03-01T10:00:00Z');
    insertTemplate(db, id, { name: 'Birthday', kind: 'letter', occasion: 'birthday', starterKey: 'birthday-letter', versions: { en: { subject: '', body: 'Happy birthday {{firstName}}' } } }, at);
    expect(readTemplate(db, id)).toMatchObject({ id, starterKey: 'birthday-letter', unchangedStarter: true, occasion: 'birthday' });
    updateTemplate(db, id, { name: 'Renamed' }, at);
    expect(readTemplate(db, id)!.unchangedStarter).toBe(true);
    updateTemplate(db, id, { versions: { en: { subject: '', body: 'Edited' } } }, at);
    expect(readTemplate(db, id)!.unchangedStarter).toBe(false);
    resetStarter(db, id, at);
    expect(readTemplate(db, id)).toMatchObject({ unchangedStarter: true, versions: { en: { subject: '', body: 'Happy birthday {{firstName}}' } } });
    expect(starterKeys(db).get('birthday-letter')).toEqual({ id, deleted: false });
  });
});
