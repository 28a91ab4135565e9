/**
 * Which cached queries a change makes stale, by the mutation channels a `workspace.changed` event (or a mutation's
 * own onSettled) names. Pure, so it can be tested without React. Conservative on purpose: stale data is worse than
 * an extra fetch, so a channel not listed here refreshes every workspace query, and a listed one names every
 * read that could show what it changed (a customer's totals are in the list, the page and its timeline alike).
 */

/** A query channel, or every channel of a domain ("customers.*"). */
type QueryPattern = `${string}.*` | `${string}.${string}`;

/**
 * A program's recommendations, economics and each customer's standing are measured from the customers and their
 * purchases (and the profile's margin and rates), so they move with the figures over the book.
 */
const PROGRAM_FIGURES: QueryPattern[] = ['programs.recommend', 'programs.economics', 'programs.standing'];
/**
 * Reads computed over the whole book: the dashboard's figures, who needs attention, RFM scores, and segments
 * (whose members follow the customers' fields and purchases). Any change to a customer or their timeline moves them.
 */
const BOOK_FIGURES: QueryPattern[] = ['metrics.*', 'attention.*', 'rfm.*', 'segments.*', ...PROGRAM_FIGURES];
/** Reads made of a customer's fields and facts: their merge values, a render for them, coverage, gift suggestions. */
const WRITING_READS: QueryPattern[] = ['templates.render', 'templates.context', 'templates.coverage', 'gifts.suggest'];
/**
 * Reads that show a customer: the list (and its count), the page, duplicates, matches, the export; the import
 * history, whose undo becomes unsafe once a customer an import brought is edited; and the figures over the book.
 */
const CUSTOMER_READS: QueryPattern[] = ['customers.*', 'workspace.info', 'imports.history', 'touches.*', ...BOOK_FIGURES, ...WRITING_READS];
/**
 * A customer's facts and totals are computed from the timeline, so a timeline change shows on the customer too;
 * a purchase in a new currency asks for its rate (rates.list names the missing ones); a touchpoint at an event
 * counts on the capture screen.
 */
const TIMELINE_READS: QueryPattern[] = ['timeline.*', 'rates.list', 'capture.count', ...CUSTOMER_READS];

/**
 * A saved segment shows in the segments list, the dashboard's figures per segment and a grid limited to it (a
 * customers.list with its id); it changes no customer.
 */
const SEGMENT_READS: QueryPattern[] = ['segments.*', 'metrics.summary', 'customers.list', 'programs.economics'];

/** A template shows in the list, and in every render, context-free preview and coverage of it. */
const TEMPLATE_READS: QueryPattern[] = ['templates.*'];
/**
 * The catalogue shows in the gift list and the suggestions; a gift given (or its letter/card confirmed sent) is a
 * touchpoint too, so it moves the customer's timeline, facts (last gift, last contact) and the figures over the book,
 * and a render or coverage that uses lastGift.
 */
const GIFT_READS: QueryPattern[] = ['gifts.*', 'templates.render', 'templates.context', 'templates.coverage', 'programs.economics'];
const GIVEN_GIFT_READS: QueryPattern[] = [...GIFT_READS, ...TIMELINE_READS];

/**
 * A plan shows in the list and owns its touches (a delete removes its planned ones, a restore brings the plan back);
 * a schedule rewrites the plans' planned touches and their progress.
 */
const CAMPAIGN_READS: QueryPattern[] = ['campaigns.*', 'touches.*'];
/**
 * A touch done is a touchpoint on the customer (or, for a gift step, a gift logged with its touchpoint): the
 * timeline, the customer's facts, the figures over the book and the gift log and stock; the plan's progress too.
 */
const TOUCH_READS: QueryPattern[] = [...CAMPAIGN_READS, ...GIVEN_GIFT_READS];

/**
 * A program shows in the list, and its economics and standing follow its rules (the recommendations do not: they
 * read the book, not the programs); a plan may name its program (a deleted program leaves its plans unlinked).
 */
const PROGRAM_READS: QueryPattern[] = ['programs.list', 'programs.economics', 'programs.standing', 'campaigns.*'];

const STALE_AFTER: Record<string, QueryPattern[]> = {
  // a stored preference (columns, a mapping, the event name) changes no data
  'preferences.set': ['preferences.get'],
  // an edit changes one customer's fields: the timeline (purchases, touchpoints, feedback) is untouched
  'customers.update': CUSTOMER_READS,
  'customers.create': CUSTOMER_READS,
  'timeline.add': TIMELINE_READS,
  'timeline.update': TIMELINE_READS,
  'timeline.delete': TIMELINE_READS,
  // totals in other currencies are converted with the rates: every total can change
  'rates.set': ['rates.*', ...TIMELINE_READS],
  'rates.delete': ['rates.*', ...TIMELINE_READS],
  'segments.create': SEGMENT_READS,
  'segments.update': SEGMENT_READS,
  'segments.delete': SEGMENT_READS,
  'segments.restore': SEGMENT_READS,
  // a frozen list is one more snapshot of the segment: no member or figure changes
  'segments.freeze': ['segments.*'],
  // new limits rescore a small book: every RFM figure, the customers' scores, segments by score or group
  'templates.create': TEMPLATE_READS,
  'templates.update': TEMPLATE_READS,
  'templates.delete': TEMPLATE_READS,
  'templates.restore': TEMPLATE_READS,
  'templates.resetStarter': TEMPLATE_READS,
  'templates.addMissingStarters': TEMPLATE_READS,
  'gifts.create': GIFT_READS,
  'gifts.update': GIFT_READS,
  'gifts.delete': GIFT_READS,
  'gifts.restore': GIFT_READS,
  'gifts.give': GIVEN_GIFT_READS,
  'gifts.updateGiven': GIVEN_GIFT_READS,
  'gifts.deleteGiven': GIVEN_GIFT_READS,
  // one touchpoint per recipient: their timelines, facts (last contact) and the figures over the book
  'documents.confirmSent': [...TIMELINE_READS, 'templates.*', 'gifts.suggest'],
  'documents.undoSent': [...TIMELINE_READS, 'templates.*', 'gifts.suggest'],
  'campaigns.create': CAMPAIGN_READS,
  'campaigns.update': CAMPAIGN_READS,
  'campaigns.delete': CAMPAIGN_READS,
  'campaigns.restore': CAMPAIGN_READS,
  'campaigns.schedule': CAMPAIGN_READS,
  'touches.complete': TOUCH_READS,
  'touches.reopen': TOUCH_READS,
  // the policy changes no touch until the plans are scheduled again
  'policy.update': ['policy.*'],
  'programs.create': PROGRAM_READS,
  'programs.update': PROGRAM_READS,
  'programs.duplicate': PROGRAM_READS,
  'programs.delete': PROGRAM_READS,
  'programs.restore': PROGRAM_READS,
  'rfm.saveThresholds': ['rfm.*', 'metrics.*', 'attention.*', 'segments.*', ...CUSTOMER_READS],
};

/** Never stale while the app runs: facts about the app, not the workspace. */
const APP_FACTS = 'app.info';

const matches = (pattern: QueryPattern, queryChannel: string) =>
  pattern.endsWith('.*') ? queryChannel.startsWith(pattern.slice(0, -1)) : queryChannel === pattern;

/**
 * A predicate over query channels: true when a query of that channel may be stale after the given mutation
 * channels ran. No channels named (an event from an older shell, a change of unknown origin) means everything.
 */
export function staleQueries(mutationChannels: readonly string[]): (queryChannel: unknown) => boolean {
  const patterns: QueryPattern[] = [];
  for (const channel of mutationChannels) {
    const stale = STALE_AFTER[channel];
    if (!stale) return (queryChannel) => queryChannel !== APP_FACTS;
    patterns.push(...stale);
  }
  if (patterns.length === 0) return (queryChannel) => queryChannel !== APP_FACTS;
  return (queryChannel) => typeof queryChannel === 'string' && patterns.some((pattern) => matches(pattern, queryChannel));
}
