/** Latency and throughput of `count` calls of `send`, `concurrency` at a time. */
export interface Measurement {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/** Calls `send(0)` … `send(count - 1)`, at most `concurrency` in flight. */
export async function measure(send: (index: number) => Promise<void>, count: number, concurrency: number): Promise<Measurement> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const index = next;
        next += 1;
        const t0 = performance.now();
        await send(index);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return { requestsPerSecond: count / seconds, p50Ms: at(0.5), p99Ms: at(0.99) };
}

export const format = (m: Measurement) =>
  `${m.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${m.p50Ms.toFixed(2)} ms  p99 ${m.p99Ms.toFixed(2)} ms`;
