import { describe, expect, it } from 'vitest';
import { CHANNELS, contract } from '../../../shared/contract/channels';
import { staleQueries } from '../../../renderer/src/lib/invalidation';

/** Every read the contract has (a query may be kept for any of them): a new channel is covered without editing this list. */
const SHELL_READS: readonly string[] = ['app.info', 'workspace.info', 'workspace.recent'];
const QUERY_CHANNELS = CHANNELS.filter((channel) => (contract[channel].runs === 'engine' && !contract[channel].mutates) || SHELL_READS.includes(channel));
const staleAfter = (...channels: string[]) => QUERY_CHANNELS.filter(staleQueries(channels));
const ALL_BUT_APP_INFO = QUERY_CHANNELS.filter((channel) => channel !== 'app.info');

describe('staleQueries', () => {
  it('refreshes only preferences after a stored preference', () => {
    expect(staleAfter('preferences.set')).toEqual(['preferences.get']);
  });

  it('refreshes the customer reads after a grid edit, and the import history (an edit can make an undo unsafe), not the timeline or rates', () => {
    const stale = staleAfter('customers.update');
    expect(stale).toEqual(expect.arrayContaining(['workspace.info', 'customers.list', 'customers.get', 'customers.findDuplicates', 'customers.findMatches', 'imports.history']));
    expect(stale).not.toContain('timeline.list');
    expect(stale).not.toContain('rates.list');
    expect(stale).not.toContain('preferences.get');
    // the figures over the book follow a customer's fields (birthdays, left company, segments' rules)
    expect(stale).toEqual(expect.arrayContaining(['metrics.summary', 'attention.list', 'rfm.scores']));
  });

  it('refreshes the customer with the timeline, since its facts and totals come from it', () => {
    const stale = staleAfter('timeline.add');
    expect(stale).toContain('timeline.list');
    expect(stale).toContain('customers.get');
    expect(stale).toContain('customers.list');
    // a purchase in a new currency asks for its rate; an event touchpoint counts on the capture screen
    expect(stale).toContain('rates.list');
    expect(stale).toContain('capture.count');
    expect(stale).toContain('imports.history');
    expect(stale).not.toContain('preferences.get');
    expect(stale).not.toContain('profile.get');
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

  it('makes the dashboard, attention list and RFM scores stale after every change to customers, purchases, feedback, touchpoints, the profile, rates or segments', () => {
    // the timeline holds purchases, touchpoints and feedback; imports and capture bring customers and touchpoints
    const changesTheBook = ['customers.', 'timeline.', 'profile.', 'rates.', 'imports.', 'capture.', 'rfm.'];
    const mutations = CHANNELS.filter((channel) => contract[channel].mutates && changesTheBook.some((prefix) => channel.startsWith(prefix)));
    expect(mutations).toEqual(expect.arrayContaining(['customers.update', 'customers.create', 'timeline.add', 'timeline.delete', 'profile.update', 'rates.set']));
    for (const mutation of mutations) {
      expect(staleAfter(mutation), mutation).toEqual(expect.arrayContaining(['metrics.summary', 'attention.list', 'rfm.scores']));
    }
    // a segment's rules change no customer, score or attention item: only the figures by segment move
    const segmentChanges = CHANNELS.filter((channel) => contract[channel].mutates && channel.startsWith('segments.') && channel !== 'segments.freeze');
    expect(segmentChanges).toEqual(expect.arrayContaining(['segments.create', 'segments.update', 'segments.delete']));
    for (const mutation of segmentChanges) expect(staleAfter(mutation), mutation).toContain('metrics.summary');
  });

  it('leaves the figures alone after a stored preference, which changes no data', () => {
    expect(staleAfter('preferences.set')).not.toContain('metrics.summary');
  });

  it('never marks a query key that is not a channel name', () => {
    expect(staleQueries(['customers.update'])(42)).toBe(false);
  });
});

describe('staleQueries for segments and RFM', () => {
  it('refreshes the segments list, the figures per segment and a grid limited to one after a segment is saved, changed, deleted or restored', () => {
    for (const channel of ['segments.create', 'segments.update', 'segments.delete', 'segments.restore']) {
      const stale = staleAfter(channel);
      expect(stale).toEqual(expect.arrayContaining(['segments.list', 'segments.preview', 'segments.members', 'metrics.summary', 'customers.list']));
      // a segment changes no customer, purchase or score
      expect(stale).not.toContain('customers.get');
      expect(stale).not.toContain('timeline.list');
      expect(stale).not.toContain('rfm.scores');
    }
  });

  it('refreshes only the segments after a freeze (one more snapshot)', () => {
    expect(staleAfter('segments.freeze')).toEqual(QUERY_CHANNELS.filter((channel) => channel.startsWith('segments.')));
  });

  it('rescores everything after new RFM limits: scores, figures, attention, segments and the customers who carry scores', () => {
    const stale = staleAfter('rfm.saveThresholds');
    expect(stale).toEqual(expect.arrayContaining(['rfm.scores', 'metrics.summary', 'attention.list', 'segments.list', 'segments.preview', 'customers.list', 'customers.get']));
    expect(stale).not.toContain('timeline.list');
    expect(stale).not.toContain('preferences.get');
  });

  it('recounts segments and rescores after a purchase or a customer edit', () => {
    for (const channel of ['timeline.add', 'customers.update']) {
      expect(staleAfter(channel)).toEqual(expect.arrayContaining(['segments.list', 'segments.preview', 'rfm.scores']));
    }
  });

  it('refreshes only the templates after a template changes, and the writing reads after a customer edit', () => {
    const stale = staleAfter('templates.update');
    expect(stale).toEqual(expect.arrayContaining(['templates.list', 'templates.render', 'templates.coverage']));
    expect(stale).not.toContain('customers.list');
    expect(stale).not.toContain('gifts.list');
    expect(staleAfter('customers.update')).toEqual(expect.arrayContaining(['templates.render', 'templates.context', 'templates.coverage', 'gifts.suggest']));
  });

  it('refreshes the timeline and customer reads after a gift is given or removed or documents are confirmed sent', () => {
    for (const channel of ['gifts.give', 'gifts.deleteGiven', 'gifts.updateGiven', 'documents.confirmSent', 'documents.undoSent']) {
      const stale = staleAfter(channel);
      expect(stale, channel).toEqual(expect.arrayContaining(['timeline.list', 'customers.get', 'customers.list', 'metrics.summary', 'gifts.suggest']));
      expect(stale, channel).not.toEqual(ALL_BUT_APP_INFO);
    }
    expect(staleAfter('gifts.give')).toContain('gifts.log');
    const catalogue = staleAfter('gifts.update');
    expect(catalogue).toEqual(expect.arrayContaining(['gifts.list', 'gifts.suggest']));
    expect(catalogue).not.toContain('timeline.list');
  });
});
