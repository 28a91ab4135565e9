import type { RfmCustomer } from '../../../shared/domain/rfm';
import { QUINTILE_MIN_BUYERS } from '../../../shared/logic/rfm';
import { readProfile } from '../store/profile';
import { currenciesWithoutRate } from '../store/rates';
import { rfmParameters, saveThresholds, thresholdsInForce } from '../store/rfm';
import { readRfmScores } from '../store/rfm-scores';
import { bookRfmWithParameters, todayOf } from './rfm-cache';
import type { EngineHandler } from './types';

/** RFM scores of every buyer (as of a date, over a window of purchases) and the thresholds for small lists. */

const scores: EngineHandler<'rfm.scores'> = (ctx, request) => {
  const { db, now } = ctx;
  const asOf = request.asOf ?? todayOf(now);
  const window = { asOf, from: request.from ?? null, to: request.to ?? null };
  // all purchases: the book's scores the grid and the customer page read too, kept until the workspace changes
  const book = window.from === null && window.to === null ? bookRfmWithParameters(ctx, asOf) : null;
  const params = book?.params ?? rfmParameters(db, window);
  const customers: RfmCustomer[] = book
    ? [...book.scores].map(([customerId, c]) => ({ customerId, r: c.r, f: c.f, m: c.m, group: c.group, recencyDays: c.recencyDays, purchases: c.purchases, spent: c.spent, historicValue: c.historicValue, predictedValue: c.predictedValue }))
    : readRfmScores(db, params);
  return {
    method: customers.length >= QUINTILE_MIN_BUYERS ? 'quintiles' : 'thresholds',
    thresholds: params.thresholds,
    thresholdsSaved: params.saved,
    ...window,
    currency: readProfile(db).currency,
    unconvertedCurrencies: currenciesWithoutRate(db),
    customers,
  };
};

const save: EngineHandler<'rfm.saveThresholds'> = ({ db, now }, request) => {
  saveThresholds(db, request.thresholds, now());
  return thresholdsInForce(db, readProfile(db).kind);
};

export const rfmHandlers = {
  'rfm.scores': scores,
  'rfm.saveThresholds': save,
};
