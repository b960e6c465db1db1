import { metricsRegistry } from '@boxoffice/platform';
import { Counter, Histogram } from 'prom-client';

/** Each request the gateway sends a subgraph (merged and cached answers send none), by subgraph and outcome. */
export const subgraphFetchSeconds = new Histogram({
  name: 'gateway_subgraph_fetch_duration_seconds',
  help: 'Time of one request from the gateway to a subgraph, by subgraph and outcome (ok, error: HTTP status >= 400, unavailable)',
  labelNames: ['subgraph', 'outcome'],
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [metricsRegistry],
});

/** Queries sent to a subgraph a second time because the first attempt's connection failed (e.g. a reset pooled socket). */
export const subgraphFetchRetries = new Counter({
  name: 'gateway_subgraph_fetch_retries_total',
  help: 'Queries the gateway sent a subgraph again after their connection failed, by subgraph',
  labelNames: ['subgraph'],
  registers: [metricsRegistry],
});
