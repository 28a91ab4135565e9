import { RapportFailure } from '../../../shared/contract/result';
import type { Reader } from '../database';
import { customerExists } from '../store/customers';
import { deleteEntry, insertEntry, readEntry, readTimeline, updateEntry } from '../store/timeline';
import type { EngineHandler } from './types';

/** A customer's timeline: purchases, touchpoints and feedback, listed together and edited one by one. */

function requireCustomer(db: Reader, customerId: string): void {
  if (!customerExists(db, customerId)) throw new RapportFailure('not-found', 'That customer does not exist (any more).', { id: customerId });
}

const list: EngineHandler<'timeline.list'> = ({ db }, { customerId }) => {
  requireCustomer(db, customerId);
  return readTimeline(db, customerId);
};

const add: EngineHandler<'timeline.add'> = ({ db, now, newId }, { customerId, entry }) => {
  requireCustomer(db, customerId);
  const id = newId();
  insertEntry(db, id, customerId, entry, now());
  return readEntry(db, entry.kind, id);
};

const update: EngineHandler<'timeline.update'> = ({ db }, { id, entry }) => {
  readEntry(db, entry.kind, id);
  updateEntry(db, id, entry);
  return readEntry(db, entry.kind, id);
};

const remove: EngineHandler<'timeline.delete'> = ({ db }, { kind, id }) => ({ deleted: deleteEntry(db, kind, id) });

export const timelineHandlers = {
  'timeline.list': list,
  'timeline.add': add,
  'timeline.update': update,
  'timeline.delete': remove,
};
