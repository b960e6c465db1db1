/** The fan-out benchmark's figures (fanout.ts): metrics read, latency statistics, and how they print. */

/** Prometheus text by series, its labels sorted by name (`name{a="…",b="…"}`), whatever order the exporter wrote them in. */
export function parseMetrics(text: string): Map<string, number> {
  const metrics = new Map<string, number>();
  for (const line of text.split('\n')) {
    const match = /^([^{\s]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) continue;
    const labels = match[2] ? `{${[...match[2].matchAll(/\w+="(?:[^"\\]|\\.)*"/g)].map(([label]) => label).sort().join(',')}}` : '';
    metrics.set(`${match[1]}${labels}`, Number(match[3]));
  }
  return metrics;
}

/** `value` against `base` as a signed percentage. */
export function pct(value: number, base: number): string {
  return `${value >= base ? '+' : ''}${((value / base - 1) * 100).toFixed(1)}%`;
}

/** Count, p50, p99 and max of latencies in ms. */
export function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { count: sorted.length, p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] ?? NaN };
}

/** One printed line of `stats`. */
export function format(s: ReturnType<typeof stats>): string {
  return `p50 ${s.p50.toFixed(1)} ms  p99 ${s.p99.toFixed(1)} ms  max ${s.max.toFixed(1)} ms  (${s.count} deliveries)`;
}
