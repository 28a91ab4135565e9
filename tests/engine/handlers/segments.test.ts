import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/contract/channels';
import type { Engine } from '../../../electron/engine/engine';
import { READY_MADE_SEGMENTS, type SegmentRules } from '../../../shared/domain/segment';
import { callParsed, engineWithWorkspace, trackedEngines } from '../../support/engines';
import { sampleProfile, sqliteIntegrity, tempDir, testEnv } from '../../support/engine';
import { Engine as EngineClass } from '../../../electron/engine/engine';

const engines = trackedEngines();

function customer(e: Engine, fields: Record<string, unknown>): string {
  return callParsed(e, 'customers.create', { customer: fields }).id;
}

function buy(e: Engine, customerId: string, amountMinor: number, date: string, product = 'Beans'): void {
  callParsed(e, 'timeline.add', { customerId, entry: { kind: 'purchase', date, amountMinor, currency: 'DKK', product } });
}

const rules = (...inner: SegmentRules['rules']): SegmentRules => ({ kind: 'group', op: 'and', not: false, rules: inner });

/** Anna (Århus, spent 1.500 kr.), Bo (Brno, 50 kr.), Café Ørsted (Århus, never bought), Dina (Oslo, 700 kr., vip). */
async function smallBook() {
  const e = await engineWithWorkspace(engines);
  const anna = customer(e, { firstName: 'Anna', lastName: 'Berg', email: 'anna@example.dk', city: 'Århus' });
  const bo = customer(e, { firstName: 'Bo', lastName: 'Dvořák', email: 'bo@example.cz', city: 'Brno', country: 'CZ' });
  const cafe = customer(e, { kind: 'company', company: 'Café Ørsted', email: 'info@orsted.dk', city: 'ÅRHUS' });
  const dina = customer(e, { firstName: 'Dina', lastName: 'Nord', email: 'dina@example.no', city: 'Oslo', tags: ['vip'] });
  buy(e, anna, 100_000, '2026-02-01');
  buy(e, anna, 50_000, '2026-02-20', 'Grinder');
  buy(e, bo, 5_000, '2025-06-01');
  buy(e, dina, 70_000, '2026-01-15');
  return { e, anna, bo, cafe, dina };
}

describe('segments', () => {
  it('a new workspace starts with the six ready-made segments, whose counts are right', async () => {
    const { e, cafe, dina } = await smallBook();
    const list = callParsed(e, 'segments.list', {});
    expect(list.map((s: { readyMade: string }) => s.readyMade)).toEqual([...READY_MADE_SEGMENTS]);
    const count = (key: string) => list.find((s: { readyMade: string }) => s.readyMade === key).count;
    expect(count('neverBought')).toBe(1); // Café Ørsted
    expect(count('noEmailConsent')).toBe(4); // nobody has granted email
    expect(count('ambassadors')).toBe(0);
    const never = list.find((s: { readyMade: string }) => s.readyMade === 'neverBought');
    expect(callParsed(e, 'segments.members', { id: never.id })).toEqual({ count: 1, ids: [cafe] });
    expect(dina).toBeTruthy();
  });

  it('previews rules with a nested OR group: count and first rows, as the rules change', async () => {
    const { e, anna, cafe, dina } = await smallBook();
    const aarhusOrVip = rules({ kind: 'group', op: 'or', not: false, rules: [{ field: 'city', op: 'is', value: 'arhus' }, { field: 'tags', op: 'hasAny', values: ['vip'] }] });
    const first = callParsed(e, 'segments.preview', { rules: aarhusOrVip, asOf: '2026-03-01' });
    expect(first.count).toBe(3); // Århus and ÅRHUS fold to arhus: Anna and the café; Dina by her tag
    expect(first.rows.map((r: { id: string }) => r.id).sort()).toEqual([anna, cafe, dina].sort());
    const spenders = { ...aarhusOrVip, rules: [...aarhusOrVip.rules, { field: 'totalSpent' as const, op: 'gte' as const, value: 1000 }] };
    const second = callParsed(e, 'segments.preview', { rules: spenders, asOf: '2026-03-01' });
    expect(second.count).toBe(1);
    expect(second.rows[0]).toMatchObject({ id: anna, displayName: 'Anna Berg', totalMinor: 150_000 });
  });

  it('creates, updates, deletes and restores a segment, with its snapshots kept and dated', async () => {
    const { e, anna, dina } = await smallBook();
    const made = callParsed(e, 'segments.create', { name: 'Big spenders', colour: 'teal', rules: rules({ field: 'totalSpent', op: 'gt', value: 600 }) });
    expect(made).toMatchObject({ name: 'Big spenders', colour: 'teal', description: '', readyMade: null, snapshots: [] });
    expect(callParsed(e, 'segments.members', { id: made.id }).ids.sort()).toEqual([anna, dina].sort());

    const snapshot = callParsed(e, 'segments.freeze', { id: made.id });
    expect(snapshot.count).toBe(2);
    expect(snapshot.frozenAt).toMatch(/^2026-03-01T/); // the test clock's day
    const changed = callParsed(e, 'segments.update', { id: made.id, name: 'Very big spenders', rules: rules({ field: 'totalSpent', op: 'gt', value: 1000 }) });
    expect(changed).toMatchObject({ name: 'Very big spenders', colour: 'teal', snapshots: [{ id: snapshot.id, count: 2 }] });
    expect(callParsed(e, 'segments.members', { id: made.id }).ids).toEqual([anna]);
    // the snapshot still says who was in it on its day
    expect(callParsed(e, 'segments.members', { id: made.id, snapshotId: snapshot.id }).ids.sort()).toEqual([anna, dina].sort());

    callParsed(e, 'segments.delete', { id: made.id });
    expect(callParsed(e, 'segments.list', {}).some((s: { id: string }) => s.id === made.id)).toBe(false);
    expect(() => callParsed(e, 'segments.members', { id: made.id })).toThrow(/does not exist/);
    const back = callParsed(e, 'segments.restore', { id: made.id });
    expect(back).toMatchObject({ name: 'Very big spenders', snapshots: [{ id: snapshot.id }] });
  });

  it('limits the customers list and the CSV export to a segment, saved or not', async () => {
    const { e, anna, bo } = await smallBook();
    const made = callParsed(e, 'segments.create', { name: 'Bought beans', rules: rules({ field: 'product', op: 'bought', value: 'bean' }) });
    const list = callParsed(e, 'customers.list', { segment: { segmentId: made.id } });
    expect(list.total).toBe(3);
    const unsaved = callParsed(e, 'customers.list', { segment: { rules: rules({ field: 'city', op: 'contains', value: 'br' }) }, search: '' });
    expect(unsaved.rows.map((r: { id: string }) => r.id)).toEqual([bo]);
    const withSearch = callParsed(e, 'customers.list', { segment: { segmentId: made.id }, search: 'anna' });
    expect(withSearch.rows.map((r: { id: string }) => r.id)).toEqual([anna]);

    // the members as CSV: the same injection-safe export as the grid's
    const path = join(tempDir(), 'members.csv');
    e.produceFile('exports.customersCsv', path, contract['exports.customersCsv'].request.parse({ segment: { segmentId: made.id }, columns: ['firstName', 'city', 'totalSpent'] }));
    const lines = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toEqual(['First name,City,Total spent', 'Anna,Århus,1500.00', 'Bo,Brno,50.00', 'Dina,Oslo,700.00']);
  });

  it('refuses bad requests with a clear message and changes nothing', async () => {
    const { e } = await smallBook();
    const before = callParsed(e, 'segments.list', {}).length;
    const bad = [
      { name: '', rules: rules() },
      { name: 'x', rules: { kind: 'group', op: 'and', rules: [{ field: 'salary', op: 'gt', value: 1 }] } },
      { name: 'x', rules: rules(), colour: 'chartreuse' },
      { name: 'x', rules: rules(), sql: 'DROP TABLE customers' },
    ];
    for (const payload of bad) expect(contract['segments.create'].request.safeParse(payload).success, JSON.stringify(payload)).toBe(false);
    expect(() => callParsed(e, 'segments.update', { id: '00000000-0000-4000-8000-000000000999', name: 'ghost' })).toThrow(/does not exist/);
    expect(() => callParsed(e, 'customers.list', { segment: { segmentId: '00000000-0000-4000-8000-000000000999' } })).toThrow(/does not exist/);
    expect(contract['customers.list'].request.safeParse({ segment: { segmentId: 'x', rules: rules() } }).success).toBe(false);
    expect(callParsed(e, 'segments.list', {}).length).toBe(before);
  });

  it('an older workspace gets the ready-made segments once, when this version first opens it, and they survive a reopen', async () => {
    const env = await testEnv();
    const path = join(tempDir(), 'Old.rapport');
    const first = new EngineClass(env, () => {});
    await first.create(path, sampleProfile);
    const made = callParsed(first, 'segments.list', {});
    callParsed(first, 'segments.delete', { id: made[0].id });
    await first.close();
    const again = new EngineClass(env, () => {});
    engines.push(again);
    await again.open(path);
    // a deleted ready-made segment stays deleted: they are added once, not every time
    expect(callParsed(again, 'segments.list', {}).length).toBe(made.length - 1);
    await again.close();
    expect(sqliteIntegrity(path)).toBe('ok');

    // a file from before segments: no segments and no record of having added them
    execFileSync('sqlite3', [path, "DELETE FROM segments; DELETE FROM rapport_meta WHERE key = 'ready_made_segments';"]);
    const older = new EngineClass(env, () => {});
    engines.push(older);
    await older.open(path);
    expect(callParsed(older, 'segments.list', {}).map((s: { readyMade: string }) => s.readyMade)).toEqual([...READY_MADE_SEGMENTS]);
  });
});
