import { type ExchangeRates, RateDeleteSchema, RateSetSchema } from '../domain/rates';
import { channel, domain, returns } from './define';
import { empty } from './schemas';

/** Exchange rates kept in the workspace (no network): every total is in the business currency. */
export const ratesContract = domain('rates', {
  'rates.list': channel({ request: empty, response: returns<ExchangeRates>(), mutates: false, runs: 'engine' }),
  /** Sets "1 currency = rate business currency" as of a date; answers the rates as they now are. */
  'rates.set': channel({ request: RateSetSchema, response: returns<ExchangeRates>(), mutates: true, runs: 'engine' }),
  /** Removes a currency's rate (its purchases then count in no total, and Settings asks for the rate again). */
  'rates.delete': channel({ request: RateDeleteSchema, response: returns<ExchangeRates>(), mutates: true, runs: 'engine' }),
});
