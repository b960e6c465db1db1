import { appliedFacts } from '../messaging/applied-facts.js';

/**
 * Facts reach a subgraph's projections over Kafka a moment after another subgraph committed
 * them, and a client may ask about a thing right after creating it. A request waits up to
 * PROJECTION_WAIT_MS for the fact it needs, then goes on with what is known. It looks once,
 * then again whenever a fact about the awaited aggregate is applied in this process (and once
 * a second in case the fact it needs is about another aggregate), never in a busy poll; and
 * concurrent waits under the same key share one wait, so a crowd asking for one missing id
 * costs what one request does.
 */
export class ProjectionWait {
  private readonly pending = new Map<string, Promise<unknown>>();

  constructor(readonly timeoutMs: number) {}

  /**
   * `probe`'s first value that is neither null nor undefined, or undefined after the wait.
   * `key` is `<what>:<aggregate id>` (e.g. `venue:<id>`): facts about that aggregate wake it.
   */
  until<T>(key: string, probe: () => Promise<T | null | undefined>): Promise<T | undefined> {
    const shared = this.pending.get(key) as Promise<T | undefined> | undefined;
    if (shared) return shared;
    const wait = this.watch(key, probe).finally(() => this.pending.delete(key));
    this.pending.set(key, wait);
    return wait;
  }

  private async watch<T>(key: string, probe: () => Promise<T | null | undefined>): Promise<T | undefined> {
    const deadline = Date.now() + this.timeoutMs;
    for (;;) {
      const value = await probe();
      if (value !== undefined && value !== null) return value;
      const remainingMs = deadline - Date.now();
      if (remainingMs <= 0) return undefined;
      await appliedFacts.next(key.slice(key.lastIndexOf(':') + 1), Math.min(remainingMs, RECHECK_MS));
    }
  }
}

const RECHECK_MS = 1_000;
