import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../../shared/contract/channels';
import { WorkspaceDatabase } from '../../../electron/engine/database';
import { DEMO_PROFILE, type DemoCounts, generateDemo } from '../../../electron/engine/demo/generate';
import { Engine } from '../../../electron/engine/engine';
import { insertProfile } from '../../../electron/engine/store/profile';
import { migrate } from '../../../electron/engine/migrations';
import { sqlJs, sqliteIntegrity, sqliteQuery, tempDir, testEnv } from '../../support/engine';

const NOW = new Date('2026-03-01T09:00:00.000Z');
const DAY = 86_400_000;
const TABLES = [
  'SELECT * FROM customers ORDER BY id',
  'SELECT * FROM customer_tags ORDER BY customer_id, tag',
  'SELECT * FROM consents ORDER BY customer_id, channel',
  'SELECT * FROM purchases ORDER BY id',
  'SELECT * FROM touchpoints ORDER BY id',
  'SELECT * FROM feedback ORDER BY id',
];

async function demoDatabase(seed?: number, now = NOW): Promise<{ db: WorkspaceDatabase; counts: DemoCounts }> {
  const db = new WorkspaceDatabase(await sqlJs());
  migrate(db);
  db.exec('BEGIN');
  insertProfile(db, DEMO_PROFILE, now);
  const counts = generateDemo(db, { seed, now });
  db.exec('COMMIT');
  return { db, counts };
}

function contentHash(db: WorkspaceDatabase): string {
  const hash = createHash('sha256');
  for (const sql of TABLES) for (const row of db.all(sql)) hash.update(JSON.stringify(row));
  return hash.digest('hex');
}

const daysBefore = (date: string) => Math.round((NOW.getTime() - Date.parse(`${date}T00:00:00Z`)) / DAY);

let demo: WorkspaceDatabase;
let counts: DemoCounts;
beforeAll(async () => {
  ({ db: demo, counts } = await demoDatabase());
});

const engines: Engine[] = [];
afterEach(async () => {
  for (const engine of engines.splice(0)) await engine.close();
});

describe('the demo workspace generator', () => {
  it('makes the same rows from the same seed and date, other rows from another seed', async () => {
    const again = await demoDatabase();
    expect(contentHash(again.db)).toBe(contentHash(demo));
    expect(again.counts).toEqual(counts);
    const other = await demoDatabase(7);
    expect(contentHash(other.db)).not.toBe(contentHash(demo));
  });

  it('makes exactly the rows it made before the store layer (a digest of every table, seeds 2024 and 7)', async () => {
    // computed on main before the generator was split into modules, renewed with migration 0008 (a salutation column and the
    // demo's letterhead in the profile): any other change to the generated data shows here
    expect(contentHash(demo)).toBe('41dd747fae3012c7c5d01fb1249d9bb0ca8f334b24c9ff07e2e82ef3cd15568e');
    expect(contentHash((await demoDatabase(7)).db)).toBe('6f4401499f74b8d2d57ed37241f0b42f70910721235f008169a59f1a881a6ee9');
  });

  it('makes about 400 customers with two years of purchases, touchpoints, feedback and consents', () => {
    expect(counts.customers).toBeGreaterThanOrEqual(395);
    expect(counts.customers).toBeLessThanOrEqual(410);
    expect(demo.get<{ n: number }>('SELECT count(*) AS n FROM customers')?.n).toBe(counts.customers);
    expect(counts.purchases).toBeGreaterThan(2500);
    expect(counts.touchpoints).toBeGreaterThan(300);
    expect(counts.feedback).toBeGreaterThan(60);
    expect(counts.consents).toBeGreaterThan(300);
    const ids = demo.all<{ id: string }>('SELECT id FROM customers UNION ALL SELECT id FROM purchases');
    expect(ids.every(({ id }) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toBe(true);
  });

  it('spreads customers over five countries with their languages and currencies', () => {
    const countries = demo.all<{ country: string; language: string; currency: string; n: number }>(
      `SELECT c.country, c.language, p.currency, count(DISTINCT c.id) AS n
         FROM customers c JOIN purchases p ON p.customer_id = c.id GROUP BY 1, 2, 3 ORDER BY 1`,
    );
    expect(countries.map(({ country, language, currency }) => `${country} ${language} ${currency}`)).toEqual([
      'CZ cs CZK',
      'DK da DKK',
      'GB en GBP',
      'NO nb NOK',
      'SI sl EUR',
    ]);
    for (const { n } of countries) expect(n).toBeGreaterThan(15);
  });

  it('writes names and addresses with their own letters', () => {
    const text = demo
      .all<{ t: string }>("SELECT first_name || ' ' || last_name || ' ' || company || ' ' || street || ' ' || city AS t FROM customers")
      .map((row) => row.t)
      .join(' ');
    for (const letter of ['æ', 'ø', 'å', 'ř', 'š', 'č', 'ž']) expect(text, letter).toContain(letter);
    // match keys are the engine's: folded names, lower-case emails, E.164 phones
    const keys = demo.all<{ name_key: string; email_key: string; phone_key: string }>('SELECT name_key, email_key, phone_key FROM customers');
    expect(keys.every((k) => k.name_key !== '' && /^[\x20-\x7e]*$/.test(k.name_key))).toBe(true);
    expect(keys.filter((k) => k.phone_key.startsWith('+')).length).toBeGreaterThan(200);
  });

  it('covers two years before now, busier in the fourth quarter', () => {
    const span = demo.get<{ first: string; last: string }>('SELECT min(date) AS first, max(date) AS last FROM purchases')!;
    expect(daysBefore(span.first)).toBeLessThanOrEqual(730);
    expect(daysBefore(span.first)).toBeGreaterThan(700);
    expect(daysBefore(span.last)).toBeGreaterThanOrEqual(0);
    expect(daysBefore(span.last)).toBeLessThan(7);
    const byMonth = new Map(demo.all<{ m: string; n: number }>("SELECT substr(date, 6, 2) AS m, count(*) AS n FROM purchases GROUP BY 1").map((r) => [r.m, r.n]));
    const average = counts.purchases / 12;
    expect(byMonth.get('12')!).toBeGreaterThan(average * 1.15);
    expect(byMonth.get('07')!).toBeLessThan(average);
  });

  it('has lapsed customers, referrals with ambassadors, and customers without email consent', () => {
    const lapsed = demo.get<{ n: number }>(
      `SELECT count(*) AS n FROM customer_facts WHERE julianday(:today) - julianday(last_purchase) > 180`,
      { ':today': NOW.toISOString().slice(0, 10) },
    )!.n;
    expect(lapsed).toBeGreaterThan(20);
    expect(demo.get<{ n: number }>('SELECT count(*) AS n FROM customers WHERE referred_by IS NOT NULL')!.n).toBeGreaterThan(15);
    const ambassadors = demo.all<{ referred_count: number }>(
      "SELECT f.referred_count FROM customer_facts f JOIN customer_tags t ON t.customer_id = f.customer_id AND t.tag = 'ambassador'",
    );
    expect(ambassadors.length).toBeGreaterThan(0);
    expect(ambassadors.every((a) => a.referred_count >= 1)).toBe(true);
    const withoutConsent = demo.get<{ n: number }>(
      "SELECT count(*) AS n FROM customers c WHERE NOT EXISTS (SELECT 1 FROM consents k WHERE k.customer_id = c.id AND k.channel = 'email' AND k.status = 'granted')",
    )!.n;
    expect(withoutConsent).toBeGreaterThan(40);
    const doNotContact = demo.all<{ id: string }>('SELECT id FROM customers WHERE do_not_contact = 1');
    expect(doNotContact.length).toBeGreaterThan(2);
    for (const { id } of doNotContact) {
      expect(demo.all('SELECT 1 FROM consents WHERE customer_id = ? AND status = ?', [id, 'granted'])).toEqual([]);
    }
  });

  it('sells larger orders to businesses than to consumers', () => {
    const average = (kind: string) =>
      demo.get<{ a: number }>(
        "SELECT avg(p.amount_minor) AS a FROM purchases p JOIN customers c ON c.id = p.customer_id WHERE c.kind = ? AND p.currency = 'DKK'",
        [kind],
      )!.a;
    expect(average('company')).toBeGreaterThan(average('person') * 4);
    expect(demo.get<{ n: number }>("SELECT count(*) AS n FROM customer_tags WHERE tag = 'wholesale'")!.n).toBeGreaterThan(30);
    expect(demo.get<{ n: number }>("SELECT count(*) AS n FROM customer_tags WHERE tag = 'subscription'")!.n).toBeGreaterThan(15);
  });

  it('has birthdays with and without a year, feedback of every kind, and a contact who left with a successor', () => {
    expect(demo.get<{ n: number }>("SELECT count(*) AS n FROM customers WHERE birthday GLOB '[0-9]*'")!.n).toBeGreaterThan(20);
    expect(demo.get<{ n: number }>("SELECT count(*) AS n FROM customers WHERE birthday GLOB '--*'")!.n).toBeGreaterThan(5);
    const nps = demo.get<{ promoters: number; passives: number; detractors: number }>(
      'SELECT sum(nps >= 9) AS promoters, sum(nps BETWEEN 7 AND 8) AS passives, sum(nps <= 6) AS detractors FROM feedback',
    )!;
    expect(nps.promoters).toBeGreaterThan(nps.detractors);
    expect(nps.passives).toBeGreaterThan(0);
    expect(nps.detractors).toBeGreaterThan(0);
    const comments = demo.all<{ comment: string; language: string }>(
      "SELECT f.comment, c.language FROM feedback f JOIN customers c ON c.id = f.customer_id WHERE f.comment <> ''",
    );
    expect(new Set(comments.map((c) => c.language)).size).toBeGreaterThanOrEqual(4);
    const leaver = demo.all<{ company: string; successor_company: string; left_company_at: string }>(
      `SELECT c.company, s.company AS successor_company, c.left_company_at
         FROM customers c JOIN customers s ON s.id = c.successor_id WHERE c.left_company_at <> ''`,
    );
    expect(leaver).toHaveLength(1);
    expect(leaver[0]!.successor_company).toBe(leaver[0]!.company);
    const channels = demo.all<{ channel: string }>('SELECT DISTINCT channel FROM touchpoints ORDER BY 1').map((r) => r.channel);
    expect(channels).toEqual(expect.arrayContaining(['email', 'phone', 'visit', 'letter', 'gift']));
  });

  it('is written by the engine as a sound workspace file, in a folder of its own', async () => {
    const env = await testEnv(NOW.toISOString());
    const engine = new Engine(env, () => {});
    engines.push(engine);
    const path = join(tempDir(), 'Demo', 'Nordlys Kafferisteri (demo).rapport');
    const info = await engine.createDemo(path);
    expect(info).toMatchObject({ open: true, fileName: 'Nordlys Kafferisteri (demo).rapport', profile: DEMO_PROFILE });
    const listed = engine.call('customers.list', contract['customers.list'].request.parse({ limit: 5 })) as { total: number };
    expect(listed.total).toBe(counts.customers);
    await engine.close();
    expect(sqliteIntegrity(path)).toBe('ok');
    expect(Number(sqliteQuery(path, 'SELECT count(*) FROM purchases'))).toBeGreaterThan(2500);
    expect(sqliteQuery(path, 'PRAGMA foreign_key_check')).toBe('');
  });

  it('has a rate for every currency it sells in, so a Czech café’s total is in DKK, not its koruna added up', async () => {
    const env = await testEnv(NOW.toISOString());
    const engine = new Engine(env, () => {});
    engines.push(engine);
    await engine.createDemo(join(tempDir(), 'Demo', 'Nordlys Kafferisteri (demo).rapport'));
    expect((engine.call('rates.list', {}) as { missing: string[] }).missing).toEqual([]);
    const czech = engine.call('customers.list', contract['customers.list'].request.parse({ filters: [{ field: 'country', contains: 'cz' }], sort: [{ field: 'totalMinor', direction: 'desc' }], limit: 1 })) as {
      rows: Array<{ totalMinor: number; unconvertedCurrencies: string[]; spentByCurrency: Array<{ currency: string; totalMinor: number }> }>;
    };
    const top = czech.rows[0]!;
    expect(top.spentByCurrency.map((part) => part.currency)).toEqual(['CZK']);
    expect(top.unconvertedCurrencies).toEqual([]);
    // one koruna is worth about 0.30 DKK (seeded rates as of 2025-01-02)
    expect(top.totalMinor / top.spentByCurrency[0]!.totalMinor).toBeCloseTo(7.4584 / 25.192, 4);
  });
});
