/** The last `size` samples of a latency, for quantiles that follow the current load. */
export class LatencyWindow {
  private readonly samples: Float64Array;
  private count = 0;

  constructor(size = 4096) {
    this.samples = new Float64Array(size);
  }

  add(ms: number): void {
    this.samples[this.count % this.samples.length] = ms;
    this.count += 1;
  }

  quantile(q: number): number {
    const n = Math.min(this.count, this.samples.length);
    if (n === 0) return 0;
    const sorted = this.samples.slice(0, n).sort();
    return sorted[Math.min(n - 1, Math.floor(q * n))]!;
  }
}
