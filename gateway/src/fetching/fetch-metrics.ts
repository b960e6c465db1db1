import { metricsRegistry } from '@boxoffice/platform';
import { Histogram } from 'prom-client';

/** Each request the gateway sends a subgraph (merged and cached answers send none), by subgraph and outcome. */
export const subgraphFetchSeconds = new Histogram({
  name: 'gateway_subgraph_fetch_duration_seconds',
  help: 'Time of one request from the gateway to a subgraph, by subgraph and outcome (ok, error: HTTP status >= 400, unavailable)',
  labelNames: ['subgraph', 'outcome'],
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [metricsRegistry],
});
