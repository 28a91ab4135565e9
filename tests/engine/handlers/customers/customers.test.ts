import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { foldText, nameKey } from '../../../../shared/logic/match-keys';
import { contract } from '../../../../shared/contract/channels';
import type { Customer } from '../../../../shared/domain/customer';
import { sqliteQuery } from '../../../support/engine';
import { callParsed, engineWithWorkspace, trackedEngines } from '../../../support/engines';

const engines = trackedEngines();

const engine = () => engineWithWorkspace(engines);

describe('customers handlers', () => {
  it('creates a customer with defaults, match keys and tags, and reads it back', async () => {
    const e = await engine();
    const created: Customer = callParsed(e, 'customers.create', {
      customer: { firstName: 'Søren', lastName: 'Ærø', email: ' Soren@Example.DK ', phone: '20 12 34 56', tags: ['espresso', 'espresso', 'wholesale'] },
    });
    expect(created).toMatchObject({ firstName: 'Søren', lastName: 'Ærø', email: 'soren@example.dk', kind: 'person', tags: ['espresso', 'wholesale'] });
    expect(created.facts).toEqual({ firstPurchase: null, lastPurchase: null, purchaseCount: 0, totalMinor: 0, averageMinor: null, daysSinceLastPurchase: null, referredCount: 0,
      spentByCurrency: [], unconvertedCurrencies: [], lastPurchaseCurrency: null, rfm: null });
    expect(callParsed(e, 'customers.get', { id: created.id })).toEqual(created);
    const keys = (e as any).workspace.read((db: any) => db.get('SELECT email_key, phone_key, name_key FROM customers'));
    // the business is Danish, so a local number reads as +45
    expect(keys).toEqual({ email_key: 'soren@example.dk', phone_key: '+4520123456', name_key: 'soren aero|' });
  });

  it('keeps a salutation through create, update and get', async () => {
    const e = await engine();
    const jana = callParsed(e, 'customers.create', { customer: { firstName: 'Jana', lastName: 'Nováková', salutation: 'Vážená paní Nováková' } });
    expect(jana.salutation).toBe('Vážená paní Nováková');
    callParsed(e, 'customers.update', { id: jana.id, patch: { salutation: 'Milá Jano' } });
    expect(callParsed(e, 'customers.get', { id: jana.id }).salutation).toBe('Milá Jano');
  });

  it('refuses a customer with nothing to know them by, and bad values, before the engine sees them', () => {
    const schema = contract['customers.create'].request;
    expect(schema.safeParse({ customer: {} }).success).toBe(false);
    expect(schema.safeParse({ customer: { lastName: 'Novák', email: 'not-an-email' } }).success).toBe(false);
    expect(schema.safeParse({ customer: { lastName: 'Novák', birthday: '12.3.1980' } }).success).toBe(false);
    expect(schema.safeParse({ customer: { lastName: 'Novák', birthday: '--03-12' } }).success).toBe(true);
  });

  it('lists with total, paging, sorting and a search that ignores case and diacritics', async () => {
    const e = await engine();
    const names = [['Řehoř', 'Dvořák'], ['Anna', 'Berg'], ['Ola', 'Nordmann'], ['Ana', 'Novak'], ['Jana', 'Kovač']];
    for (const [firstName, lastName] of names) callParsed(e, 'customers.create', { customer: { firstName, lastName } });
    const all = callParsed(e, 'customers.list', {});
    expect(all.total).toBe(5);
    expect(all.rows.map((r: any) => r.displayName)).toEqual(['Ana Novak', 'Anna Berg', 'Jana Kovač', 'Ola Nordmann', 'Řehoř Dvořák']); // Ř with the Rs, after O
    const page = callParsed(e, 'customers.list', { offset: 1, limit: 2, sort: [{ field: 'lastName', direction: 'desc' }] });
    expect(page.total).toBe(5);
    expect(page.rows.map((r: any) => r.lastName)).toEqual(['Nordmann', 'Kovač']);
    expect(callParsed(e, 'customers.list', { search: 'REHOR' }).rows.map((r: any) => r.lastName)).toEqual(['Dvořák']);
    expect(callParsed(e, 'customers.list', { search: 'kovac' }).total).toBe(1);
    expect(callParsed(e, 'customers.list', { search: '%' }).total).toBe(0);
  });

  it('filters by tag', async () => {
    const e = await engine();
    callParsed(e, 'customers.create', { customer: { company: 'Café Nord', kind: 'company', tags: ['wholesale'] } });
    callParsed(e, 'customers.create', { customer: { firstName: 'Eva' } });
    expect(callParsed(e, 'customers.list', { tag: 'wholesale' }).rows.map((r: any) => r.displayName)).toEqual(['Café Nord']);
  });

  it('derives facts from purchases and referrals', async () => {
    const e = await engine();
    const referrer: Customer = callParsed(e, 'customers.create', { customer: { firstName: 'Ida' } });
    callParsed(e, 'customers.create', { customer: { firstName: 'Bo', referredBy: referrer.id } });
    (e as any).workspace.mutate('test.purchases', (db: any) => {
      db.run("INSERT INTO purchases (id, customer_id, date, amount_minor, currency, created_at) VALUES ('p1', ?, '2026-01-01', 10000, 'DKK', 'x')", [referrer.id]);
      db.run("INSERT INTO purchases (id, customer_id, date, amount_minor, currency, created_at) VALUES ('p2', ?, '2026-02-01', 20000, 'DKK', 'x')", [referrer.id]);
    });
    const facts = (callParsed(e, 'customers.get', { id: referrer.id }) as Customer).facts;
    // the test clock reads 2026-03-01
    expect(facts).toEqual({ firstPurchase: '2026-01-01', lastPurchase: '2026-02-01', purchaseCount: 2, totalMinor: 30000, averageMinor: 15000, daysSinceLastPurchase: 28, referredCount: 1,
      spentByCurrency: [{ currency: 'DKK', totalMinor: 30000, convertedMinor: 30000, purchaseCount: 2 }], unconvertedCurrencies: [], lastPurchaseCurrency: 'DKK',
      // one buyer: the thresholds for a business of both kinds (45/120/270/540 days; 2/3/5/10 purchases; 1.500 kr. for M 2);
      // no buyers a year before, so one expected year: 300 kr. × 40 % = 120 kr. historic, 150 kr. × 2 a year × 1 year × 40 % predicted
      rfm: { r: 5, f: 2, m: 1, group: 'potentialLoyalists', method: 'thresholds', recencyDays: 28, purchases: 2, spent: 300, historicValue: 120, predictedValue: 120 } });
    const sorted = callParsed(e, 'customers.list', { sort: [{ field: 'totalMinor', direction: 'desc' }] });
    expect(sorted.rows[0].firstName).toBe('Ida');
    // fewest days since the last purchase first; customers without purchases last either way
    const recent = callParsed(e, 'customers.list', { sort: [{ field: 'daysSinceLastPurchase', direction: 'asc' }] });
    expect(recent.rows.map((r: any) => [r.firstName, r.daysSinceLastPurchase])).toEqual([['Ida', 28], ['Bo', null]]);
    const lapsed = callParsed(e, 'customers.list', { sort: [{ field: 'daysSinceLastPurchase', direction: 'desc' }] });
    expect(lapsed.rows.map((r: any) => r.firstName)).toEqual(['Ida', 'Bo']);
  });

  it('updates only what the patch names, keeps match keys current, and skips a patch that changes nothing', async () => {
    const e = await engine();
    const created: Customer = callParsed(e, 'customers.create', { customer: { firstName: 'Eva', email: 'eva@example.com' } });
    const same = callParsed(e, 'customers.update', { id: created.id, patch: { firstName: 'Eva' } });
    expect(same.updatedAt).toBe(created.updatedAt);
    // a patch never touches fields it does not name
    const renamed: Customer = callParsed(e, 'customers.update', { id: created.id, patch: { lastName: 'Lund' } });
    expect(renamed).toMatchObject({ firstName: 'Eva', lastName: 'Lund', email: 'eva@example.com', kind: 'person' });
    const updated: Customer = callParsed(e, 'customers.update', { id: created.id, patch: { email: 'EVA@new.example', tags: ['vip'] } });
    expect(updated).toMatchObject({ firstName: 'Eva', email: 'eva@new.example', tags: ['vip'] });
    expect(callParsed(e, 'customers.list', { search: 'new.example' }).total).toBe(1);
  });

  it('refuses links to customers that do not exist, or to oneself', async () => {
    const e = await engine();
    const created: Customer = callParsed(e, 'customers.create', { customer: { firstName: 'Eva' } });
    expect(() => callParsed(e, 'customers.update', { id: created.id, patch: { referredBy: created.id } })).toThrow(
      expect.objectContaining({ code: 'invalid-request' }),
    );
    expect(() =>
      callParsed(e, 'customers.update', { id: created.id, patch: { successorId: '00000000-0000-4000-8000-999999999999' } }),
    ).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(() => callParsed(e, 'customers.get', { id: '00000000-0000-4000-8000-999999999999' })).toThrow(expect.objectContaining({ code: 'not-found' }));
  });

  it('records a do-not-contact customer as withdrawn for every medium', async () => {
    const e = await engine();
    const created: Customer = callParsed(e, 'customers.create', { customer: { firstName: 'Quiet', doNotContact: true } });
    expect(Object.keys(created.consents).sort()).toEqual(['email', 'phone', 'post', 'sms']);
    expect(created.consents.email).toMatchObject({ status: 'withdrawn', source: 'do-not-contact' });
  });

  it('deletes customers with their histories', async () => {
    const e = await engine();
    const a: Customer = callParsed(e, 'customers.create', { customer: { firstName: 'A' } });
    const b: Customer = callParsed(e, 'customers.create', { customer: { firstName: 'B' } });
    expect(callParsed(e, 'customers.delete', { ids: [a.id, a.id, b.id] })).toEqual({ deleted: 2, undoId: expect.any(String) });
    expect(callParsed(e, 'customers.list', {}).total).toBe(0);
  });
});

describe('customers.list filters', () => {
  it('lists the customers one customer referred', async () => {
    const e = await engine();
    const ida = callParsed(e, 'customers.create', { customer: { firstName: 'Ida' } });
    callParsed(e, 'customers.create', { customer: { firstName: 'Bo', referredBy: ida.id } });
    callParsed(e, 'customers.create', { customer: { firstName: 'Al' } });
    expect(callParsed(e, 'customers.list', { referredBy: ida.id }).rows.map((r: any) => r.firstName)).toEqual(['Bo']);
  });
});

describe('search ignores accents in every searched field', () => {
  it('finds a city, a company and a tag typed without accents', async () => {
    const e = await engine();
    callParsed(e, 'customers.create', { customer: { firstName: 'Mette', city: 'Århus', company: 'Kaffebar Østerbro', tags: ['kávovar'] } });
    callParsed(e, 'customers.create', { customer: { firstName: 'Bo', city: 'Odense' } });
    for (const search of ['arhus', 'osterbro', 'kavovar', 'ÅRHUS']) expect(callParsed(e, 'customers.list', { search }).total, search).toBe(1);
    // and the fold function survives the export that snapshots do (sql.js reopens the database)
    await e.snapshotNow();
    expect(callParsed(e, 'customers.list', { search: 'arhus' }).total).toBe(1);
  });
});

describe('search over many customers', () => {
  it('finds exactly the customers whose name, email, city, company or a tag contains the folded text', async () => {
    // the search asks fold() only of distinct cities, companies and tags; this checks it against every row
    const e = await engine();
    const cities = ['Århus', 'Køge', 'Praha', 'Brno', 'Ljubljana', ''];
    const companies = ['Kaffebar Østerbro', 'Kavárna Řeka', 'Møllers', '', 'Brødrene Ørsted'];
    const tags = [['vip'], ['kávovar', 'lead'], [], ['øl']];
    const people = Array.from({ length: 48 }, (_, i) => ({
      firstName: ['Søren', 'Jiří', 'Ana', 'Bo'][i % 4]!,
      lastName: `Nr${i}`,
      email: `p${i}@${['example.dk', 'firma.cz'][i % 2]}`,
      city: cities[i % cities.length]!,
      company: companies[i % companies.length]!,
      tags: tags[i % tags.length]!,
    }));
    for (const person of people) callParsed(e, 'customers.create', { customer: person });
    const expected = (term: string) =>
      people.filter((p) =>
        [nameKey(p.firstName, p.lastName, p.company), p.email, foldText(p.city), foldText(p.company), ...p.tags.map(foldText)].some((text) => text.includes(term)),
      ).length;
    for (const term of ['ar', 'o', 'kav', 'rek', 'firma', 'ol', 'jiri', 'brno', 'nr1', 'zz']) {
      expect(callParsed(e, 'customers.list', { search: term }).total, term).toBe(expected(term));
    }
  });
});

describe('paging a search or a sort by facts', () => {
  it('gives the same rows page by page as in one go, and sees a change at once', async () => {
    // pages of a costly order are slices of one kept order; a mutation must make it stale
    const e = await engine();
    for (let i = 0; i < 30; i++) {
      const c = callParsed(e, 'customers.create', { customer: { firstName: `Søren${i}`, lastName: 'Holm', city: i % 2 ? 'Århus' : 'Odense' } });
      if (i % 3 === 0) callParsed(e, 'timeline.add', { customerId: c.id, entry: { kind: 'purchase', date: '2026-01-05', amountMinor: 1000 * (i + 1), currency: 'DKK' } });
    }
    const request = { search: 'soren', sort: [{ field: 'totalMinor', direction: 'desc' }] };
    const all = callParsed(e, 'customers.list', { ...request, limit: 100 });
    const paged = [0, 7, 14, 21, 28].flatMap((offset) => callParsed(e, 'customers.list', { ...request, offset, limit: 7 }).rows);
    expect(paged.map((r: any) => r.id)).toEqual(all.rows.map((r: any) => r.id));
    expect(all.rows[0].firstName).toBe('Søren27'); // the biggest spender first
    expect(callParsed(e, 'customers.list', { ...request, offset: 7, limit: 7 }).total).toBe(30);

    callParsed(e, 'customers.create', { customer: { firstName: 'Soren', lastName: 'New' } });
    expect(callParsed(e, 'customers.list', { ...request, limit: 5 }).total).toBe(31);
    const filtered = { filters: [{ field: 'city', contains: 'arhus' }], sort: [] };
    expect(callParsed(e, 'customers.list', filtered).total).toBe(15);
    callParsed(e, 'customers.update', { id: all.rows[0].id, patch: { city: 'Viborg' } }); // Søren27 was in Århus
    expect(callParsed(e, 'customers.list', filtered).total).toBe(14);
  });
});

describe('column filters', () => {
  it('narrow the list by what a column contains, ignoring accents and case, together with the search', async () => {
    const e = await engine();
    callParsed(e, 'customers.create', { customer: { firstName: 'Mette', company: 'Kaffebar Østerbro', city: 'København', phone: '+45 20 12 34 56', tags: ['espresso'] } });
    callParsed(e, 'customers.create', { customer: { firstName: 'Jiří', company: 'Kavárna Praha', city: 'Praha', country: 'CZ', tags: ['filter'] } });
    const names = (filters: unknown, search = '') => callParsed(e, 'customers.list', { filters, search }).rows.map((r: any) => r.firstName);
    expect(names([{ field: 'company', contains: 'osterbro' }])).toEqual(['Mette']);
    expect(names([{ field: 'city', contains: 'KOBEN' }])).toEqual(['Mette']);
    expect(names([{ field: 'tags', contains: 'filt' }])).toEqual(['Jiří']);
    expect(names([{ field: 'phone', contains: '2012' }])).toEqual(['Mette']);
    expect(names([{ field: 'country', contains: 'cz' }])).toEqual(['Jiří']);
    expect(names([{ field: 'company', contains: 'ka' }, { field: 'city', contains: 'praha' }])).toEqual(['Jiří']);
    expect(names([{ field: 'company', contains: 'ka' }], 'mette')).toEqual(['Mette']);
    expect(names([{ field: 'company', contains: '%' }])).toEqual([]);
  });

  it('filter countries by the name shown (in English or the business language), not only the stored code', async () => {
    const e = await engine(); // a Danish business
    for (const [firstName, country] of [['Ola', 'NO'], ['Jiří', 'CZ'], ['Mette', 'DK'], ['Nobody', '']] as const) {
      callParsed(e, 'customers.create', { customer: { firstName, country } });
    }
    const names = (contains: string) => {
      const page = callParsed(e, 'customers.list', { filters: [{ field: 'country', contains }] });
      expect(page.total).toBe(page.rows.length);
      return page.rows.map((r: any) => r.firstName).sort();
    };
    expect(names('Norway')).toEqual(['Ola']);
    expect(names('norw')).toEqual(['Ola']);
    expect(names('Norge')).toEqual(['Ola']); // Danish
    expect(names('czech')).toEqual(['Jiří']);
    expect(names('Tjekkiet')).toEqual(['Jiří']);
    expect(names('NO')).toEqual(['Ola']); // the code, and no other name containing "no" here
    expect(names('Danmark')).toEqual(['Mette']);
    expect(names('Atlantis')).toEqual([]);
  });
});

describe('name order in the business language', () => {
  const people = ['Åse Poulsen', 'Ølstykke Bageri', 'Zacharias Berg', 'Æblegården', 'Søren Kjær', 'Sorensen', 'Anders Holm', 'Čeněk Novák', 'Chalupa', 'Hudec'];
  const order = (e: any) => callParsed(e, 'customers.list', {}).rows.map((r: any) => r.displayName);

  it('sorts Danish names with Æ Ø Å after Z, from the index, and sorts again when the language changes', async () => {
    const e = await engine(); // a Danish business
    for (const name of people) {
      const space = name.indexOf(' ');
      callParsed(e, 'customers.create', { customer: space < 0 ? { company: name } : { firstName: name.slice(0, space), lastName: name.slice(space + 1) } });
    }
    expect(order(e)).toEqual(['Anders Holm', 'Čeněk Novák', 'Chalupa', 'Hudec', 'Sorensen', 'Søren Kjær', 'Zacharias Berg', 'Æblegården', 'Ølstykke Bageri', 'Åse Poulsen']);
    expect(callParsed(e, 'customers.list', { sort: [{ field: 'displayName', direction: 'desc' }] }).rows[0].displayName).toBe('Åse Poulsen');

    callParsed(e, 'profile.update', { language: 'cs' });
    // Czech: Æ Ø Å are accented letters (folded: Æ as "ae"), Č after C, Ch after H
    expect(order(e)).toEqual(['Æblegården', 'Anders Holm', 'Åse Poulsen', 'Čeněk Novák', 'Hudec', 'Chalupa', 'Ølstykke Bageri', 'Søren Kjær', 'Sorensen', 'Zacharias Berg']);
    callParsed(e, 'profile.update', { language: 'en' });
    expect(order(e)).toEqual(['Æblegården', 'Anders Holm', 'Åse Poulsen', 'Čeněk Novák', 'Chalupa', 'Hudec', 'Ølstykke Bageri', 'Søren Kjær', 'Sorensen', 'Zacharias Berg']);
  });

  it('a workspace whose name keys were written before names followed the language is re-keyed when it opens', async () => {
    const e = await engine(); // a Danish business
    for (const name of ['Åse Poulsen', 'Zacharias Berg', 'Anders Holm']) {
      const [firstName, lastName] = name.split(' ');
      callParsed(e, 'customers.create', { customer: { firstName, lastName } });
    }
    const path = (await e.info()).path;
    await e.close();
    // as an earlier Rapport left it: plain folded keys (Å as A), and no record of the alphabet they follow
    for (const name of ['Åse Poulsen', 'Zacharias Berg', 'Anders Holm']) {
      execFileSync('sqlite3', [path, `UPDATE customers SET display_key = '${foldText(name)}' WHERE first_name || ' ' || last_name = '${name}'`]);
    }
    execFileSync('sqlite3', [path, "DELETE FROM rapport_meta WHERE key = 'name_order_language'"]);
    await e.open(path);
    expect(order(e)).toEqual(['Anders Holm', 'Zacharias Berg', 'Åse Poulsen']);
    await e.close();
    expect(sqliteQuery(path, "SELECT value FROM rapport_meta WHERE key = 'name_order_language'")).toBe('da');
  });

  it('an edited name takes its place in the order; the Name filter still ignores accents', async () => {
    const e = await engine();
    const soren = callParsed(e, 'customers.create', { customer: { firstName: 'Soren', lastName: 'Kjær' } });
    callParsed(e, 'customers.create', { customer: { firstName: 'Zacharias', lastName: 'Berg' } });
    callParsed(e, 'customers.create', { customer: { email: 'øjvind@fjord.dk' } });
    expect(order(e)).toEqual(['Soren Kjær', 'Zacharias Berg', 'øjvind@fjord.dk']);
    callParsed(e, 'customers.update', { id: soren.id, patch: { firstName: 'Øle' } });
    expect(order(e)).toEqual(['Zacharias Berg', 'øjvind@fjord.dk', 'Øle Kjær']);
    const named = (contains: string) => callParsed(e, 'customers.list', { filters: [{ field: 'displayName', contains }] }).rows.map((r: any) => r.displayName);
    expect(named('ole kj')).toEqual(['Øle Kjær']);
    expect(named('OJVIND')).toEqual(['øjvind@fjord.dk']);
    expect(named('berg')).toEqual(['Zacharias Berg']);
  });
});

