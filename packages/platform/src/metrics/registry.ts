import type { Express } from 'express';
import { collectDefaultMetrics, Registry } from 'prom-client';

/** The one registry of a process: every metric of the platform, the gateway and the subgraphs lands here. */
export const metricsRegistry = new Registry();

/**
 * `/metrics` in Prometheus text format. Node's default metrics (CPU, memory, event loop lag,
 * GC, handles) are collected from the first mount on, so libraries and tests that only import
 * the platform start no collectors.
 */
export function mountMetricsRoute(app: Express): void {
  if (!metricsRegistry.getSingleMetric('process_cpu_seconds_total')) collectDefaultMetrics({ register: metricsRegistry });
  app.get('/metrics', async (_req, res) => {
    res.type(metricsRegistry.contentType).send(await metricsRegistry.metrics());
  });
}
