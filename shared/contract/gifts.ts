import { z } from 'zod';
import {
  type Gift,
  GiftInputSchema,
  GiftSuggestRequestSchema,
  type GiftSuggestion,
  GiftUpdateSchema,
  GiveGiftSchema,
  type GivenGift,
  GivenGiftUpdateSchema,
} from '../domain/gift';
import { channel, domain, returns } from './define';
import { byId, empty } from './schemas';

/** The gift catalogue, the gift log per customer (each gift given is a touchpoint too) and suggestions. */
export const giftsContract = domain('gifts', {
  'gifts.list': channel({ request: empty, response: returns<Gift[]>(), mutates: false, runs: 'engine' }),
  'gifts.create': channel({ request: GiftInputSchema, response: returns<Gift>(), mutates: true, runs: 'engine' }),
  'gifts.update': channel({ request: GiftUpdateSchema, response: returns<Gift>(), mutates: true, runs: 'engine' }),
  /** Deletes a gift from the catalogue (what was given stays in the log); `gifts.restore` is its undo. */
  'gifts.delete': channel({ request: byId, response: returns<{ id: string }>(), mutates: true, runs: 'engine' }),
  'gifts.restore': channel({ request: byId, response: returns<Gift>(), mutates: true, runs: 'engine' }),
  /** Logs a gift given (and its touchpoint); counts one off the stock where stock is counted. */
  'gifts.give': channel({ request: GiveGiftSchema, response: returns<GivenGift>(), mutates: true, runs: 'engine' }),
  'gifts.updateGiven': channel({ request: GivenGiftUpdateSchema, response: returns<GivenGift>(), mutates: true, runs: 'engine' }),
  /** Removes a logged gift and its touchpoint, and puts the unit back in stock (undo of give). */
  'gifts.deleteGiven': channel({ request: byId, response: returns<{ id: string }>(), mutates: true, runs: 'engine' }),
  /** What one customer was given, newest first. */
  'gifts.log': channel({ request: z.object({ customerId: z.string().uuid() }).strict(), response: returns<GivenGift[]>(), mutates: false, runs: 'engine' }),
  /** Gifts ranked for a customer or a segment, each with its reasons. */
  'gifts.suggest': channel({ request: GiftSuggestRequestSchema, response: returns<GiftSuggestion[]>(), mutates: false, runs: 'engine' }),
});
