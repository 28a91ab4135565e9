import { type AttentionList, AttentionRequestSchema } from '../domain/metrics';
import { channel, domain, returns } from './define';

/** "Needs attention this week": who, and why, as of a date (default today). */
export const attentionContract = domain('attention', {
  'attention.list': channel({ request: AttentionRequestSchema, response: returns<AttentionList>(), mutates: false, runs: 'engine' }),
});
