import { suggest } from './gift-suggest';
import { deleteGiven, giftLog, giveGift, insertGift, listGifts, markGiftDeleted, readGift, readGiven, restoreGift, updateGift, updateGiven } from '../store/gifts';
import type { EngineHandler } from './types';

/** gifts.*: the catalogue and the gift log (store/gifts.ts); a gift given is a touchpoint on the timeline too. */

const list: EngineHandler<'gifts.list'> = ({ db }) => listGifts(db);

const create: EngineHandler<'gifts.create'> = ({ db, now, newId }, input) => {
  const id = newId();
  insertGift(db, id, input, now());
  return readGift(db, id);
};

const update: EngineHandler<'gifts.update'> = ({ db, now }, { id, patch }) => {
  updateGift(db, id, patch, now());
  return readGift(db, id);
};

const remove: EngineHandler<'gifts.delete'> = ({ db, now }, { id }) => {
  markGiftDeleted(db, id, now());
  return { id };
};

const restore: EngineHandler<'gifts.restore'> = ({ db }, { id }) => {
  restoreGift(db, id);
  return readGift(db, id);
};

const changeGiven: EngineHandler<'gifts.updateGiven'> = ({ db }, { id, patch }) => {
  updateGiven(db, id, patch);
  return readGiven(db, id);
};

const give: EngineHandler<'gifts.give'> = ({ db, now, newId }, request) => {
  const ids = { given: newId(), touchpoint: newId() };
  giveGift(db, ids, request, now());
  return readGiven(db, ids.given);
};

const removeGiven: EngineHandler<'gifts.deleteGiven'> = ({ db }, { id }) => {
  deleteGiven(db, id);
  return { id };
};

const log: EngineHandler<'gifts.log'> = ({ db }, { customerId }) => giftLog(db, customerId);

export const giftHandlers = {
  'gifts.list': list,
  'gifts.create': create,
  'gifts.update': update,
  'gifts.delete': remove,
  'gifts.restore': restore,
  'gifts.give': give,
  'gifts.updateGiven': changeGiven,
  'gifts.deleteGiven': removeGiven,
  'gifts.log': log,
  'gifts.suggest': suggest,
};
