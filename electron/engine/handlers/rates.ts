import { RapportFailure } from '../../../shared/contract/result';
import type { ExchangeRates } from '../../../shared/domain/rates';
import { RATE_ANCHOR, perEurFromRate, rateDecimal, rateInBusiness } from '../../../shared/logic/money';
import type { Reader, Writer } from '../database';
import { readProfile } from '../store/profile';
import { currenciesWithoutRate, deletePerEurRate, perEurRates, writePerEurRate } from '../store/rates';
import type { EngineHandler } from './types';

/**
 * Exchange rates (table exchange_rates, migration 0004). People give "1 GBP = 8.60 DKK" in their business
 * currency; the table keeps what one euro buys of each currency, so a change of business currency keeps every
 * rate right. Which row a new rate changes:
 * - the currency's own row, computed from the business currency's value per euro;
 * - the business currency's row, when the currency given is the euro itself (1 EUR = 7.46 DKK says what DKK is
 *   worth) or when the business currency has no rate yet and the currency given has one.
 */
export function readRates(db: Reader): ExchangeRates {
  const business = readProfile(db).currency;
  const stored = perEurRates(db);
  const perEur = new Map([...stored].map(([currency, rate]) => [currency, rate.perEur]));
  const rates = [...stored]
    .filter(([currency]) => currency !== business)
    .map(([currency, rate]) => {
      const inBusiness = rateInBusiness(perEur, currency, business);
      return {
        currency,
        perEur: rate.perEur,
        // the euro's rate in the business currency is the business currency's row (what "1 EUR = …" set)
        asOf: currency === RATE_ANCHOR ? (stored.get(business)?.asOf ?? rate.asOf) : rate.asOf,
        // as many digits as a rate is stored with: 0.2, not 0.19999999999999998
        rate: inBusiness === null ? null : Number(inBusiness.toPrecision(12)),
      };
    });
  const missing = currenciesWithoutRate(db);
  return { businessCurrency: business, businessHasRate: stored.has(business), rates, missing };
}

const listRates: EngineHandler<'rates.list'> = ({ db }) => readRates(db);

function writeRate(db: Writer, currency: string, perEur: string | null, asOf: string): void {
  if (perEur === null) throw new RapportFailure('invalid-request', 'That rate is out of range: check the number and the currency.', { currency });
  writePerEurRate(db, currency, perEur, asOf);
}

const setRate: EngineHandler<'rates.set'> = ({ db, now }, { currency, rate, asOf }) => {
  const business = readProfile(db).currency;
  if (currency === business) {
    throw new RapportFailure('invalid-request', `${business} is the business currency: its rate is always 1.`, { currency });
  }
  const day = asOf ?? now().toISOString().slice(0, 10);
  const stored = perEurRates(db);
  const businessPerEur = business === RATE_ANCHOR ? '1' : stored.get(business)?.perEur;
  if (currency === RATE_ANCHOR) {
    writeRate(db, business, rateDecimal(Number(rate)), day); // 1 EUR = rate business currency
  } else if (businessPerEur !== undefined) {
    writeRate(db, currency, perEurFromRate(rate, businessPerEur), day);
  } else {
    const knownPerEur = stored.get(currency)?.perEur;
    if (knownPerEur === undefined) {
      throw new RapportFailure('invalid-request', `Rapport has no rate for ${business} or ${currency} yet: give the rate of the euro first (1 EUR = ? ${business}).`, {
        currency,
      });
    }
    writeRate(db, business, rateDecimal(Number(knownPerEur) * Number(rate)), day);
  }
  return readRates(db);
};

const deleteRate: EngineHandler<'rates.delete'> = ({ db }, { currency }) => {
  if (currency === RATE_ANCHOR) throw new RapportFailure('invalid-request', 'The euro is what every rate is kept against: it cannot be removed.', { currency });
  if (!deletePerEurRate(db, currency)) throw new RapportFailure('not-found', `There is no rate for ${currency}.`, { currency });
  return readRates(db);
};

export const rateHandlers = {
  'rates.list': listRates,
  'rates.set': setRate,
  'rates.delete': deleteRate,
};
