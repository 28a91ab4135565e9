import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/contract/channels';
import { MAX_PREFERENCE_CHARS } from '../../../shared/domain/preferences';
import { Engine } from '../../../electron/engine/engine';
import { callParsed, engineWithWorkspace, trackedEngines } from '../../support/engines';
import { sqliteQuery, testEnv } from '../../support/engine';

const engines = trackedEngines();
const refused = (payload: unknown) => contract['preferences.set'].request.safeParse(payload).success === false;

describe('preferences', () => {
  it('keeps each preference in the workspace file, across closing and reopening', async () => {
    const e = await engineWithWorkspace(engines);
    const path = e.info().path;
    expect(callParsed(e, 'preferences.get', { key: 'customers.columns' })).toBeNull();
    callParsed(e, 'preferences.set', { key: 'customers.columns', value: ['displayName', 'totalMinor'] });
    callParsed(e, 'preferences.set', { key: 'capture.event', value: 'Kaffefestival 2026' });
    callParsed(e, 'preferences.set', {
      key: 'import.mappings',
      value: [{ headers: ['Navn', 'constructor', '__proto__'], mapping: [['Navn', 'firstName'], ['constructor', 'ignore'], ['__proto__', 'notes']] }],
    });
    callParsed(e, 'preferences.set', { key: 'capture.event', value: 'Kaffefestival 2027' }); // replaces, one row per key
    await e.close();
    expect(sqliteQuery(path, 'SELECT count(*) FROM preferences')).toBe('3');

    const reopened = new Engine(await testEnv(), () => {});
    engines.push(reopened);
    await reopened.open(path);
    expect(callParsed(reopened, 'preferences.get', { key: 'customers.columns' })).toEqual(['displayName', 'totalMinor']);
    expect(callParsed(reopened, 'preferences.get', { key: 'capture.event' })).toBe('Kaffefestival 2027');
    const mappings = callParsed(reopened, 'preferences.get', { key: 'import.mappings' });
    expect(mappings[0].mapping).toEqual([['Navn', 'firstName'], ['constructor', 'ignore'], ['__proto__', 'notes']]);
    expect(({} as Record<string, unknown>).notes).toBeUndefined();
  });

  it('refuses unknown keys, values of the wrong shape and oversized values, and keeps what was stored', async () => {
    const e = await engineWithWorkspace(engines);
    callParsed(e, 'preferences.set', { key: 'customers.columns', value: ['displayName'] });

    expect(contract['preferences.get'].request.safeParse({ key: 'nope' }).success).toBe(false);
    expect(refused({ key: 'nope', value: 1 })).toBe(true);
    expect(refused({ key: '__proto__', value: {} })).toBe(true);
    expect(refused({ key: 'customers.columns', value: 'displayName' })).toBe(true);
    expect(refused({ key: 'customers.columns', value: [] })).toBe(true);
    expect(refused({ key: 'customers.columns', value: ['<script>'] })).toBe(true);
    expect(refused({ key: 'capture.event', value: 'x'.repeat(121) })).toBe(true);
    expect(refused({ key: 'import.mappings', value: [{ headers: ['A'], mapping: [['A', 'password']] }] })).toBe(true);
    expect(refused({ key: 'import.mappings', value: { A: 'firstName' } })).toBe(true);
    expect(refused({ key: 'capture.event', value: 'x', extra: true })).toBe(true);
    // every part within its own limit, the whole too large
    const big = Array.from({ length: 30 }, () => ({ headers: Array.from({ length: 20 }, (_, i) => `${'h'.repeat(150)}${i}`), mapping: [] }));
    expect(JSON.stringify(big).length).toBeGreaterThan(MAX_PREFERENCE_CHARS);
    const tooLarge = contract['preferences.set'].request.safeParse({ key: 'import.mappings', value: big });
    expect(tooLarge.success).toBe(false);
    expect(tooLarge.error?.issues[0]?.message).toBe('A preference is at most 64 KB.');

    expect(callParsed(e, 'preferences.get', { key: 'customers.columns' })).toEqual(['displayName']);
  });

  it('treats a stored value that no longer fits its schema as never set', async () => {
    const e = await engineWithWorkspace(engines);
    callParsed(e, 'preferences.set', { key: 'capture.event', value: 'Fair' });
    const path = e.info().path;
    await e.close();
    const { execFileSync } = await import('node:child_process');
    execFileSync('sqlite3', [path, `UPDATE preferences SET value = '{"an":"object"}' WHERE key = 'capture.event'`]);
    const reopened = new Engine(await testEnv(), () => {});
    engines.push(reopened);
    await reopened.open(path);
    expect(callParsed(reopened, 'preferences.get', { key: 'capture.event' })).toBeNull();
  });
});
