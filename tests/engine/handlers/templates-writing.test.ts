import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../electron/engine/engine';
import { MERGE_FIELD_NAMES } from '../../../shared/domain/template';
import { renderTemplate } from '../../../shared/logic/template';
import { callParsed, engineWithWorkspace, trackedEngines } from '../../support/engines';

/** templates.render, templates.context and templates.coverage over a small hand-made book (profile: Danish, DKK). */

const engines = trackedEngines();
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

function addCustomer(e: Engine, fields: Record<string, unknown>): string {
  return callParsed(e, 'customers.create', { customer: fields }).id;
}
function addPurchase(e: Engine, customerId: string, date: string, amountMinor: number, product: string, currency = 'DKK') {
  callParsed(e, 'timeline.add', { customerId, entry: { kind: 'purchase', date, amountMinor, currency, product } });
}

async function book() {
  const e = await engineWithWorkspace(engines);
  const jana = addCustomer(e, {
    firstName: 'Jana', lastName: 'Dvořáková', salutation: 'Vážená paní Dvořáková', language: 'cs', country: 'CZ',
    street: 'Náměstí Míru 5', postalCode: '120 00', city: 'Praha', customerSince: '2020-05-10',
  });
  addPurchase(e, jana, '2024-02-01', 45_000, 'Espresso beans');
  addPurchase(e, jana, '2026-01-15', 123_450, 'Pour-over kit');
  const soren = addCustomer(e, { firstName: 'Søren', lastName: 'Ærø', language: 'da', company: 'Café Ærø', kind: 'company', street: 'Havnegade 1', postalCode: '5970', city: 'Ærøskøbing', referredBy: null });
  addCustomer(e, { firstName: 'Kari', lastName: 'Nordmann', language: 'nb', referredBy: soren }); // no address
  const dnc = addCustomer(e, { firstName: 'Dora', lastName: 'Hansen', street: 'Vej 2', city: 'Odense', doNotContact: true });
  return { e, jana, soren, dnc };
}

describe('templates.context', () => {
  it('gives the customer, history and business values the documents use', async () => {
    const { e, jana, soren } = await book();
    const { context, language, name } = callParsed(e, 'templates.context', { customerId: jana });
    expect(name).toBe('Jana Dvořáková');
    expect(language).toBe('cs');
    expect(context.salutation).toEqual({ type: 'text', value: 'Vážená paní Dvořáková' });
    expect(context.customerSince).toEqual({ type: 'date', value: '2020-05-10' });
    expect(context.yearsAsCustomer).toEqual({ type: 'number', value: 5 });
    expect(context.firstPurchaseProduct).toEqual({ type: 'text', value: 'Espresso beans' });
    expect(context.lastPurchaseProduct).toEqual({ type: 'text', value: 'Pour-over kit' });
    expect(context.lastPurchaseAmount).toEqual({ type: 'money', minor: 123_450, currency: 'DKK' });
    expect(context.totalSpent).toEqual({ type: 'money', minor: 168_450, currency: 'DKK' });
    expect(context.purchaseCount).toEqual({ type: 'number', value: 2 });
    expect(context.isB2B).toEqual({ type: 'boolean', value: false });
    expect(context.businessName).toEqual({ type: 'text', value: 'Kaffebrænderiet Nord' });
    expect(context.campaignName).toBeNull();
    const cafe = callParsed(e, 'templates.context', { customerId: soren }).context;
    expect(cafe.isB2B).toEqual({ type: 'boolean', value: true });
    expect(cafe.referredNames).toEqual({ type: 'text', value: 'Kari Nordmann' });
    expect(cafe.referredCount).toEqual({ type: 'number', value: 1 });
    expect(cafe.lastPurchaseDate).toBeNull();
    expect(() => callParsed(e, 'templates.context', { customerId: UNKNOWN })).toThrow(/does not exist/);
  });
});

describe('templates.render', () => {
  it('renders the version in the customer language, with dates and money formatted in it', async () => {
    const { e, jana } = await book();
    const t = callParsed(e, 'templates.create', {
      name: 'Díky', kind: 'note',
      versions: {
        cs: { subject: 'Děkujeme', body: '{{salutation | "Dobrý den"}}, děkujeme za nákup {{lastPurchaseProduct}} dne {{lastPurchaseDate | date}} ({{lastPurchaseAmount | money}}).' },
        da: { body: 'Kære {{firstName}}' },
      },
    });
    const answer = callParsed(e, 'templates.render', { templateId: t.id, customerId: jana });
    expect(answer.language).toBe('cs');
    expect(answer.fellBackFrom).toBeNull();
    expect(answer.subject).toBe('Děkujeme');
    expect(answer.text.replace(/[\u00a0\u202f]/g, ' ')).toBe('Vážená paní Dvořáková, děkujeme za nákup Pour-over kit dne 15. ledna 2026 (1 234,50 DKK).');
  });

  it('falls back to the business language and says so', async () => {
    const { e, soren } = await book();
    const kari = callParsed(e, 'customers.list', { search: 'Kari' }).rows[0].id;
    const t = callParsed(e, 'templates.create', { name: 'Hi', kind: 'note', versions: { da: { body: 'Kære {{firstName}}, tak for {{referredNames | "alt"}}.' } } });
    const answer = callParsed(e, 'templates.render', { templateId: t.id, customerId: kari });
    expect(answer).toMatchObject({ language: 'da', fellBackFrom: 'nb', text: 'Kære Kari, tak for alt.' });
    expect(answer.warnings).toContainEqual({ code: 'language-fallback', field: 'nb' });
    expect(callParsed(e, 'templates.render', { templateId: t.id, customerId: soren }).text).toBe('Kære Søren, tak for Kari Nordmann.');
  });

  it('renders an unsaved body with its warnings, and refuses unknown ids and huge bodies', async () => {
    const { e, jana } = await book();
    const answer = callParsed(e, 'templates.render', { body: 'Hej {{nickname}}{{#if isB2B}}', customerId: jana });
    expect(answer.warnings.map((w: { code: string }) => w.code)).toEqual(expect.arrayContaining(['unknown-field', 'unclosed-condition']));
    expect(() => callParsed(e, 'templates.render', { body: 'x', customerId: UNKNOWN })).toThrow(/does not exist/);
    expect(() => callParsed(e, 'templates.render', { templateId: UNKNOWN, customerId: jana })).toThrow(/does not exist/);
    expect(() => callParsed(e, 'templates.render', { body: 'x'.repeat(10_000_000), customerId: jana })).toThrow(/at most/);
  });

  it('agrees with the renderer rendering templates.context itself, for random templates and customers', async () => {
    const { e, jana, soren, dnc } = await book();
    const customers = [jana, soren, dnc];
    const piece = fc.oneof(
      fc.constantFrom(...MERGE_FIELD_NAMES).map((f) => `{{${f}}}`),
      fc.tuple(fc.constantFrom(...MERGE_FIELD_NAMES), fc.constantFrom('date', 'money', 'number')).map(([f, format]) => `{{${f} | ${format} | "–"}}`),
      fc.tuple(fc.constantFrom(...MERGE_FIELD_NAMES), fc.string({ maxLength: 8 })).map(([f, s]) => `{{#if ${f}}}${s}{{else}}-{{/if}}`),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.constantFrom(...customers), (pieces, customerId) => {
        const body = pieces.join(' ');
        const engine = callParsed(e, 'templates.render', { body, customerId });
        const { context } = callParsed(e, 'templates.context', { customerId });
        expect(engine.text).toBe(renderTemplate(body, context, { language: engine.language }).text);
      }),
      { numRuns: 150 },
    );
  });
});

describe('templates.coverage', () => {
  it('counts who lacks each printed field and lists who is left out, by name and reason', async () => {
    const { e, jana, soren, dnc } = await book();
    const kari = callParsed(e, 'customers.list', { search: 'Kari' }).rows[0].id;
    const t = callParsed(e, 'templates.create', {
      name: 'Letter', kind: 'letter',
      versions: { da: { subject: '', body: '{{salutation}} {{firstName | "ven"}} {{lastPurchaseProduct}} {{#if company}}x{{/if}}' }, cs: { body: 'x' } },
    });
    const coverage = callParsed(e, 'templates.coverage', { templateId: t.id, recipients: { customerIds: [jana, soren, kari, dnc] }, channel: 'letter' });
    expect(coverage).toMatchObject({ total: 4, included: 2, excludedCount: 2 });
    expect(coverage.excluded.map((x: { name: string; reason: string }) => [x.name, x.reason])).toEqual([['Dora Hansen', 'do-not-contact'], ['Kari Nordmann', 'no-postal-address']]);
    const byField = Object.fromEntries(coverage.missingFields.map((f: { field: string }) => [f.field, f]));
    expect(byField.salutation).toMatchObject({ count: 1, hasFallback: false, examples: [{ customerId: soren, name: 'Søren Ærø' }] });
    expect(byField.lastPurchaseProduct).toMatchObject({ count: 1, hasFallback: false });
    expect(byField.firstName).toBeUndefined(); // everyone has one
    expect(byField.company).toBeUndefined(); // only in a condition
    expect(coverage.languageFallbacks).toEqual([]);
    const email = callParsed(e, 'templates.coverage', { templateId: t.id, recipients: { customerIds: [jana, soren, kari] }, channel: 'email' });
    expect(email.included).toBe(0); // nobody gave email consent
    expect(() => callParsed(e, 'templates.coverage', { templateId: UNKNOWN, recipients: { customerIds: [jana] }, channel: 'letter' })).toThrow(/does not exist/);
    expect(() => callParsed(e, 'templates.coverage', { templateId: t.id, recipients: { customerIds: [] }, channel: 'letter' })).toThrow(/at least one/);
  });

  it('reports the languages a template lacks among those who get it', async () => {
    const { e, jana, soren } = await book();
    const t = callParsed(e, 'templates.create', { name: 'Only Danish', kind: 'letter', versions: { da: { body: 'Hej' } } });
    const coverage = callParsed(e, 'templates.coverage', { templateId: t.id, recipients: { customerIds: [jana, soren] }, channel: 'visit' });
    expect(coverage.languageFallbacks).toEqual([{ language: 'cs', count: 1 }]);
  });
});
