import { appliedFacts } from '../messaging/applied-facts.js';
import { WaitBudget } from './wait-budget.js';

/** Tells whether every fact published before a moment has been applied (see ConsumerProgress). */
export interface CaughtUp {
  caughtUpSince(since: number): Promise<boolean>;
}

export interface WaitOptions {
  /**
   * Give up as soon as the consumer has applied every fact published since the wait began:
   * for reads, where an id no fact brings is simply unknown. Writes leave it off, because a
   * client acting on what it just created may be faster than the other subgraph's outbox relay.
   */
  answerWhenCaughtUp?: boolean;
}

/**
 * Facts reach a subgraph's projections over Kafka a moment after another subgraph committed
 * them, and a client may ask about a thing right after creating it. A request waits up to
 * PROJECTION_WAIT_MS for the fact it needs, then goes on with what is known. It looks once,
 * then again whenever a fact about the awaited aggregate is applied in this process (and once
 * a second in case the fact it needs is about another aggregate), never in a busy poll;
 * concurrent waits under the same key share one wait, so a crowd asking for one missing id
 * costs what one request does; and a request's own WaitBudget caps how much it waits in all.
 */
export class ProjectionWait {
  private readonly pending = new Map<string, Promise<unknown>>();

  constructor(
    readonly timeoutMs: number,
    private readonly progress?: CaughtUp,
  ) {}

  /**
   * `probe`'s first value that is neither null nor undefined, or undefined after the wait.
   * `key` is `<what>:<aggregate id>` (e.g. `venue:<id>`): facts about that aggregate wake it.
   */
  async until<T>(key: string, probe: () => Promise<T | null | undefined>, options: WaitOptions = {}): Promise<T | undefined> {
    const allowanceMs = WaitBudget.current()?.allowance(key) ?? this.timeoutMs;
    if (allowanceMs <= 0) return (await probe()) ?? undefined;
    let shared = this.pending.get(key) as Promise<T | undefined> | undefined;
    if (!shared) {
      shared = this.watch(key, probe, options).finally(() => this.pending.delete(key));
      this.pending.set(key, shared);
    }
    return allowanceMs >= this.timeoutMs ? shared : withinMs(shared, allowanceMs);
  }

  private async watch<T>(key: string, probe: () => Promise<T | null | undefined>, options: WaitOptions): Promise<T | undefined> {
    const startedAt = Date.now();
    const deadline = startedAt + this.timeoutMs;
    for (;;) {
      const value = await probe();
      if (value !== undefined && value !== null) return value;
      const remainingMs = deadline - Date.now();
      if (remainingMs <= 0) return undefined;
      if (options.answerWhenCaughtUp && (await this.progress?.caughtUpSince(startedAt))) return (await probe()) ?? undefined;
      await appliedFacts.next(key.slice(key.lastIndexOf(':') + 1), Math.min(remainingMs, RECHECK_MS));
    }
  }
}

/** `promise`'s value, or undefined once `ms` have passed (the shared wait itself goes on). */
async function withinMs<T>(promise: Promise<T | undefined>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, ms, undefined)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const RECHECK_MS = 1_000;
