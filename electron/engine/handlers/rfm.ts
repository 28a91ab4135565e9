import { QUINTILE_MIN_BUYERS } from '../../../shared/logic/rfm';
import { readProfile } from '../store/profile';
import { currenciesWithoutRate } from '../store/rates';
import { rfmParameters, saveThresholds, thresholdsInForce } from '../store/rfm';
import { readRfmScores } from '../store/rfm-scores';
import { todayOf } from './rfm-cache';
import type { EngineHandler } from './types';

/** RFM scores of every buyer (as of a date, over a window of purchases) and the thresholds for small lists. */

const scores: EngineHandler<'rfm.scores'> = ({ db, now }, request) => {
  const asOf = request.asOf ?? todayOf(now);
  const window = { asOf, from: request.from ?? null, to: request.to ?? null };
  const params = rfmParameters(db, window);
  const customers = readRfmScores(db, params);
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
