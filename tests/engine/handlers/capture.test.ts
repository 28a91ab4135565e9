import { describe, expect, it } from 'vitest';
import { callParsed, engineWithWorkspace, trackedEngines } from '../../support/engines';

const engines = trackedEngines();

const engine = () => engineWithWorkspace(engines, { start: '2026-05-12T08:00:00.000Z' });

describe('trade-fair capture', () => {
  it('turns a lead into a customer with the event as source, consent with evidence, and a touchpoint', async () => {
    const e = await engine();
    const lead = callParsed(e, 'capture.save', {
      event: 'Copenhagen Coffee Festival 2026',
      firstName: 'Mette',
      lastName: 'Kjær',
      company: 'Kaffebar Østerbro',
      email: 'mette@kaffebar.dk',
      interest: 'Espresso blend for the bar',
      consent: true,
    });
    expect(lead).toMatchObject({ source: 'Copenhagen Coffee Festival 2026', tags: ['lead'], notes: 'Interest: Espresso blend for the bar', customerSince: '2026-05-12' });
    expect(lead.consents.email).toMatchObject({ status: 'granted', source: 'Copenhagen Coffee Festival 2026' });
    expect(lead.consents.email.evidence).toContain('Copenhagen Coffee Festival 2026');
    const timeline = callParsed(e, 'timeline.list', { customerId: lead.id });
    expect(timeline).toEqual([expect.objectContaining({ kind: 'touchpoint', channel: 'event', direction: 'inbound' })]);
  });

  it('records no consent when the box was not ticked', async () => {
    const e = await engine();
    const lead = callParsed(e, 'capture.save', { event: 'Fair', firstName: 'Jan', consent: false });
    expect(lead.consents).toEqual({});
  });

  it('counts the captures of an event since a moment (the start of the day where the stand is)', async () => {
    const e = await engine();
    for (const firstName of ['A', 'B', 'C']) callParsed(e, 'capture.save', { event: 'Fair', firstName });
    callParsed(e, 'capture.save', { event: 'Other fair', firstName: 'D' });
    expect(callParsed(e, 'capture.count', { event: 'Fair', since: '2026-05-12T00:00:00+02:00' })).toEqual({ count: 3 });
    expect(callParsed(e, 'capture.count', { event: 'Fair', since: '2026-05-13T00:00:00+02:00' })).toEqual({ count: 0 });
  });

  it('finds likely duplicates by email, phone and name, whatever the spelling', async () => {
    const e = await engine();
    const known = callParsed(e, 'customers.create', { customer: { firstName: 'Jiří', lastName: 'Dvořák', email: 'jiri@example.cz', phone: '+420 601 123 456' } });
    const byEmail = callParsed(e, 'customers.findMatches', { email: ' JIRI@example.cz' });
    expect(byEmail).toEqual([expect.objectContaining({ id: known.id, reason: 'email', displayName: 'Jiří Dvořák' })]);
    expect(callParsed(e, 'customers.findMatches', { phone: '00420601123456' })).toEqual([expect.objectContaining({ id: known.id, reason: 'phone' })]);
    expect(callParsed(e, 'customers.findMatches', { firstName: 'jiri', lastName: 'DVORAK' })).toEqual([expect.objectContaining({ id: known.id, reason: 'name' })]);
    expect(callParsed(e, 'customers.findMatches', { firstName: 'Jana', lastName: 'Dvořák' })).toEqual([]);
    expect(callParsed(e, 'customers.findMatches', {})).toEqual([]);
  });
});
