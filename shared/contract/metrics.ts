import { type MetricsSummary, MetricsSummaryRequestSchema } from '../domain/metrics';
import { channel, domain, returns } from './define';

/** Return on relationship and loyalty figures over a period (the dashboard). */
export const metricsContract = domain('metrics', {
  'metrics.summary': channel({ request: MetricsSummaryRequestSchema, response: returns<MetricsSummary>(), mutates: false, runs: 'engine' }),
});
