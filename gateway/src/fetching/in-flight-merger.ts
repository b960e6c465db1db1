/**
 * Runs one `produce` per key at a time: callers asking for a key whose work is still running get
 * that same promise instead of starting their own.
 */
export class InFlightMerger<T> {
  private readonly running = new Map<string, Promise<T>>();

  run(key: string, produce: () => Promise<T>): Promise<T> {
    const existing = this.running.get(key);
    if (existing) return existing;
    const started = produce().finally(() => this.running.delete(key));
    this.running.set(key, started);
    return started;
  }

  get size(): number {
    return this.running.size;
  }
}
