import type { Express } from 'express';
import { collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import { collectGarbageIfExposed, heapAfterMajorGc, observeHeapAfterGc } from '../util/heap-after-gc.js';

/** The one registry of a process: every metric of the platform, the gateway and the subgraphs lands here. */
export const metricsRegistry = new Registry();

/**
 * `/metrics` in Prometheus text format. Node's default metrics (CPU, memory, event loop lag,
 * GC, handles) and the heap after the last full collection are collected from the first mount
 * on, so libraries and tests that only import the platform start no collectors. `/metrics?gc`
 * collects garbage first when the process runs with --expose-gc (see heap-after-gc.ts).
 */
export function mountMetricsRoute(app: Express): void {
  if (!metricsRegistry.getSingleMetric('process_cpu_seconds_total')) {
    collectDefaultMetrics({ register: metricsRegistry });
    observeHeapAfterGc();
    new Gauge({
      name: 'process_heap_after_major_gc_bytes',
      help: 'V8 heap in use right after the last full collection: what the process retains',
      registers: [metricsRegistry],
      collect() {
        this.set(heapAfterMajorGc());
      },
    });
  }
  app.get('/metrics', async (req, res) => {
    if (req.query.gc !== undefined) collectGarbageIfExposed();
    res.type(metricsRegistry.contentType).send(await metricsRegistry.metrics());
  });
}
