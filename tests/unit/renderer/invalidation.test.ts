import { describe, expect, it } from 'vitest';
import { staleQueries } from '../../../renderer/src/lib/invalidation';

const QUERY_CHANNELS = [
  'app.info',
  'workspace.info',
  'workspace.recent',
  'profile.get',
  'preferences.get',
  'customers.list',
  'customers.get',
  'customers.findDuplicates',
  'customers.findMatches',
  'timeline.list',
  'rates.list',
  'imports.history',
  'capture.count',
];
const staleAfter = (...channels: string[]) => QUERY_CHANNELS.filter(staleQueries(channels));
const ALL_BUT_APP_INFO = QUERY_CHANNELS.filter((channel) => channel !== 'app.info');

describe('staleQueries', () => {
  it('refreshes only preferences after a stored preference', () => {
    expect(staleAfter('preferences.set')).toEqual(['preferences.get']);
  });

  it('refreshes the customer reads after a grid edit, not the timeline, rates or import history', () => {
    expect(staleAfter('customers.update')).toEqual(['workspace.info', 'customers.list', 'customers.get', 'customers.findDuplicates', 'customers.findMatches']);
  });

  it('refreshes the customer with the timeline, since its facts and totals come from it', () => {
    const stale = staleAfter('timeline.add');
    expect(stale).toContain('timeline.list');
    expect(stale).toContain('customers.get');
    expect(stale).toContain('customers.list');
    expect(stale).not.toContain('rates.list');
  });

  it('refreshes every total after a rate changes', () => {
    expect(staleAfter('rates.set')).toEqual(expect.arrayContaining(['rates.list', 'timeline.list', 'customers.list', 'customers.get']));
  });

  it('refreshes everything but app facts for a channel it does not know, or for none', () => {
    expect(staleAfter('customers.merge')).toEqual(ALL_BUT_APP_INFO);
    expect(staleAfter('imports.run')).toEqual(ALL_BUT_APP_INFO);
    expect(staleAfter('some.futureChannel')).toEqual(ALL_BUT_APP_INFO);
    expect(staleAfter()).toEqual(ALL_BUT_APP_INFO);
  });

  it('takes the union of the channels one event names, and everything once one is unknown', () => {
    expect(staleAfter('preferences.set', 'rates.set')).toEqual(expect.arrayContaining(['preferences.get', 'rates.list', 'customers.list']));
    expect(staleAfter('preferences.set', 'customers.erase')).toEqual(ALL_BUT_APP_INFO);
  });

  it('never marks a query key that is not a channel name', () => {
    expect(staleQueries(['customers.update'])(42)).toBe(false);
  });
});
