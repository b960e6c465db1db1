import { waitFor } from './wait-for.js';

/**
 * Facts reach a subgraph's projections over Kafka a moment after another subgraph committed
 * them, and a client may ask about a thing right after creating it. A request waits up to
 * PROJECTION_WAIT_MS for the fact it needs, then goes on with what is known. Concurrent waits
 * under the same key share one poll, so a crowd asking for one missing id costs one query per
 * interval, not one per request.
 */
export class ProjectionWait {
  private readonly pending = new Map<string, Promise<unknown>>();

  constructor(readonly timeoutMs: number) {}

  /** `probe`'s first value that is neither null nor undefined, or undefined after the wait. */
  until<T>(key: string, probe: () => Promise<T | null | undefined>): Promise<T | undefined> {
    const shared = this.pending.get(key) as Promise<T | undefined> | undefined;
    if (shared) return shared;
    const wait = waitFor(probe, { timeoutMs: this.timeoutMs }).finally(() => this.pending.delete(key));
    this.pending.set(key, wait);
    return wait;
  }
}
