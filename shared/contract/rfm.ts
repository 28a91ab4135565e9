import { RfmScoresRequestSchema, type RfmScoresResponse, type RfmThresholds, RfmThresholdsSaveSchema } from '../domain/rfm';
import { channel, domain, returns } from './define';

/** RFM scores and groups (shared/logic/rfm.ts) with lifetime value (shared/logic/clv.ts). */
export const rfmContract = domain('rfm', {
  'rfm.scores': channel({ request: RfmScoresRequestSchema, response: returns<RfmScoresResponse>(), mutates: false, runs: 'engine' }),
  /** Saves the thresholds used for lists under 50 buyers (null: back to the defaults); answers those in force. */
  'rfm.saveThresholds': channel({ request: RfmThresholdsSaveSchema, response: returns<{ thresholds: RfmThresholds; saved: boolean }>(), mutates: true, runs: 'engine' }),
});
