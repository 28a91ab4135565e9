import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/contract/channels';
import type { EventMap } from '../../../shared/contract/events';
import { sampleProfile } from '../../support/engine';
import { callParsed, engineWithWorkspace, trackedEngines } from '../../support/engines';

const engines = trackedEngines();

describe('profile handlers', () => {
  it('reads the business profile the workspace was created with', async () => {
    const e = await engineWithWorkspace(engines);
    expect(callParsed(e, 'profile.get', {})).toEqual(sampleProfile);
  });

  it('changes only the fields a patch gives, and keeps the change', async () => {
    const e = await engineWithWorkspace(engines);
    const updated = callParsed(e, 'profile.update', { name: '  Nordlys Kaffe  ', currency: 'EUR' });
    expect(updated).toEqual({ ...sampleProfile, name: 'Nordlys Kaffe', currency: 'EUR' });
    expect(callParsed(e, 'profile.get', {})).toEqual(updated);
    expect(e.info().profile).toEqual(updated);
  });

  it('writes nothing for a patch that changes nothing (no workspace change is announced)', async () => {
    const changes: Array<EventMap['workspace.changed']> = [];
    const e = await engineWithWorkspace(engines, { emit: (event, payload) => event === 'workspace.changed' && changes.push(payload as EventMap['workspace.changed']) });
    expect(callParsed(e, 'profile.update', { name: sampleProfile.name, language: sampleProfile.language })).toEqual(sampleProfile);
    expect(changes).toEqual([]);
    callParsed(e, 'profile.update', { industry: 'Coffee' });
    expect(changes).toEqual([{ channels: ['profile.update'] }]);
  });

  it('sorts the customers’ names in the new business language’s alphabet when the language changes', async () => {
    const e = await engineWithWorkspace(engines);
    for (const [firstName, lastName] of [['Øjvind', 'Lund'], ['Zoe', 'Ames'], ['Anna', 'Berg']]) callParsed(e, 'customers.create', { customer: { firstName, lastName } });
    const names = () => callParsed(e, 'customers.list', {}).rows.map((row: { firstName: string }) => row.firstName);
    expect(names()).toEqual(['Anna', 'Zoe', 'Øjvind']); // Danish: Ø after Z
    callParsed(e, 'profile.update', { language: 'en' });
    expect(names()).toEqual(['Anna', 'Øjvind', 'Zoe']); // English: Ø with the Os
  });

  it('refuses a patch with bad values or unknown fields before the handler sees it', () => {
    const schema = contract['profile.update'].request;
    expect(schema.safeParse({ country: 'Denmark' }).success).toBe(false);
    expect(schema.safeParse({ currency: 'kr' }).success).toBe(false);
    expect(schema.safeParse({ language: 'de' }).success).toBe(false);
    expect(schema.safeParse({ name: '' }).success).toBe(false);
    expect(schema.safeParse({ owner: 'me' }).success).toBe(false);
    expect(schema.safeParse({}).success).toBe(true);
  });
});

describe('profile gross margin', () => {
  it('is 40 % on a new workspace, changes with profile.update and is kept', async () => {
    const e = await engineWithWorkspace(engines);
    expect(callParsed(e, 'profile.get', {}).grossMarginPercent).toBe(40);
    expect(callParsed(e, 'profile.update', { grossMarginPercent: 62.5 }).grossMarginPercent).toBe(62.5);
    expect(callParsed(e, 'profile.get', {}).grossMarginPercent).toBe(62.5);
  });

  it('is left as it is by a patch without it', async () => {
    const e = await engineWithWorkspace(engines);
    callParsed(e, 'profile.update', { grossMarginPercent: 55 });
    expect(callParsed(e, 'profile.update', { industry: 'Tea' })).toMatchObject({ industry: 'Tea', grossMarginPercent: 55 });
    expect(callParsed(e, 'profile.get', {}).grossMarginPercent).toBe(55);
  });

  it('refuses a margin outside 0–100 % or not a number, with the schema’s message', () => {
    const schema = contract['profile.update'].request;
    for (const bad of [-1, 100.5, 1000]) {
      const result = schema.safeParse({ grossMarginPercent: bad });
      expect(result.success).toBe(false);
      expect(result.error!.issues[0]!.message).toBe('Gross margin is between 0 and 100 %.');
    }
    const text = schema.safeParse({ grossMarginPercent: '40' });
    expect(text.error!.issues[0]!.message).toBe('Gross margin is a percentage, such as 40.');
    expect(schema.safeParse({ grossMarginPercent: 0 }).success).toBe(true);
    expect(schema.safeParse({ grossMarginPercent: 100 }).success).toBe(true);
  });

  it('keeps the letterhead a document carries (sender address, signature, colour, paper size) and refuses a colour not written #RRGGBB', async () => {
    const e = await engineWithWorkspace(engines);
    const updated = callParsed(e, 'profile.update', { senderAddress: 'Nordlys Kaffe\nStrøget 1\n1100 København', signature: 'Mette', brandColour: '#112233', paperSize: 'Letter' });
    expect(updated).toMatchObject({ senderAddress: 'Nordlys Kaffe\nStrøget 1\n1100 København', signature: 'Mette', brandColour: '#112233', paperSize: 'Letter', logo: '' });
    expect(callParsed(e, 'profile.get', {})).toEqual(updated);
    expect(() => callParsed(e, 'profile.update', { brandColour: 'blue' })).toThrow(/#RRGGBB/);
  });
});
