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
    expect(timeline).toEqual([expect.objectContaining({ kind: 'touchpoint', medium: 'event', direction: 'inbound' })]);
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

  it('updates the known customer when staff choose so: empty fields filled, differing values kept in a note, consent and touchpoint added', async () => {
    const e = await engine();
    const known = callParsed(e, 'customers.create', {
      customer: { firstName: 'Mette', lastName: 'Kjær', email: 'mette@kaffebar.dk', company: 'Kaffebar Østerbro', tags: ['vip'], source: 'Website', notes: 'Likes light roasts' },
    });
    const saved = callParsed(e, 'capture.save', {
      event: 'Coffee Fair',
      firstName: 'Mette',
      lastName: 'Kjaer',
      email: 'Mette@Kaffebar.dk',
      phone: '22 33 44 55',
      company: 'Kaffebar Vesterbro',
      interest: 'Decaf',
      consent: true,
      updateId: known.id,
    });
    expect(saved.id).toBe(known.id);
    expect(callParsed(e, 'customers.list', {}).total).toBe(1);
    // filled: the phone was empty; kept: name (same when folded), email, company, source and tags
    expect(saved).toMatchObject({ firstName: 'Mette', lastName: 'Kjær', email: 'mette@kaffebar.dk', phone: '22 33 44 55', company: 'Kaffebar Østerbro', source: 'Website', tags: ['vip'] });
    expect(saved.notes).toBe('Likes light roasts\n\nCoffee Fair, 2026-05-12:\nInterest: Decaf\nAlso gave company: Kaffebar Vesterbro');
    expect(saved.consents.email).toMatchObject({ status: 'granted', source: 'Coffee Fair' });
    expect(callParsed(e, 'timeline.list', { customerId: known.id })).toEqual([expect.objectContaining({ kind: 'touchpoint', medium: 'event', summary: 'Met at Coffee Fair — interested in Decaf' })]);
    // a known customer met at the stand is one of today's captures too
    expect(callParsed(e, 'capture.count', { event: 'Coffee Fair', since: '2026-05-12T00:00:00+02:00' })).toEqual({ count: 1 });
  });

  it('a ticked box replaces an earlier withdrawal; an unticked one leaves consent as it was', async () => {
    const e = await engine();
    const known = callParsed(e, 'customers.create', { customer: { firstName: 'Ola', email: 'ola@fjord.no', doNotContact: true } });
    expect(callParsed(e, 'customers.get', { id: known.id }).consents.email.status).toBe('withdrawn');
    const untouched = callParsed(e, 'capture.save', { event: 'Fair', email: 'ola@fjord.no', consent: false, updateId: known.id });
    expect(untouched.consents.email.status).toBe('withdrawn');
    const granted = callParsed(e, 'capture.save', { event: 'Fair', email: 'ola@fjord.no', consent: true, updateId: known.id });
    expect(granted.consents.email).toMatchObject({ status: 'granted', source: 'Fair' });
  });

  it('refuses to update a customer who does not exist, and saves nothing', async () => {
    const e = await engine();
    expect(() => callParsed(e, 'capture.save', { event: 'Fair', firstName: 'Jan', updateId: '7d1c1c2e-8a8e-4a57-9d4e-3f5d2d6f0a11' })).toThrow(/does not exist/);
    expect(() => callParsed(e, 'capture.save', { event: 'Fair', firstName: 'Jan', updateId: 'not-an-id' })).toThrow();
    expect(callParsed(e, 'customers.list', {}).total).toBe(0);
    expect(callParsed(e, 'capture.count', { event: 'Fair', since: '2026-05-12T00:00:00Z' })).toEqual({ count: 0 });
  });

  it('checks email and phone by the same rules as Add customer', async () => {
    const e = await engine();
    for (const bad of [{ email: 'ingrid@kafefjord' }, { phone: 'abc-not-a-phone' }]) {
      expect(() => callParsed(e, 'capture.save', { event: 'Fair', firstName: 'Ingrid', ...bad })).toThrow();
      expect(() => callParsed(e, 'customers.create', { customer: { firstName: 'Ingrid', ...bad } })).toThrow();
    }
    // a doubtful number is kept as typed
    expect(callParsed(e, 'capture.save', { event: 'Fair', firstName: 'Ingrid', phone: '12 34' }).phone).toBe('12 34');
    expect(callParsed(e, 'customers.list', {}).total).toBe(1);
  });
});
