import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * How much one GraphQL request may wait for facts still on their way over Kafka: at most
 * `maxKeys` different things, all within `maxMs` of its first wait. Without a cap, one request
 * of many aliases, each naming an id no fact brings, would keep a wait and its looks going per
 * alias. Kept in AsyncLocalStorage for the request's whole execution, so no service has to pass
 * it along.
 */
export class WaitBudget {
  private deadline?: number;
  private readonly keys = new Set<string>();

  constructor(
    private readonly maxKeys: number,
    private readonly maxMs: number,
  ) {}

  /** Milliseconds this request may still wait for `key` (0: answer with what is known now). */
  allowance(key: string): number {
    if (!this.keys.has(key)) {
      if (this.keys.size >= this.maxKeys) return 0;
      this.keys.add(key);
    }
    this.deadline ??= Date.now() + this.maxMs;
    return Math.max(0, this.deadline - Date.now());
  }

  static current(): WaitBudget | undefined {
    return storage.getStore();
  }

  /** Runs `body` (and everything it starts) under this budget. */
  run<T>(body: () => T): T {
    return storage.run(this, body);
  }
}

const storage = new AsyncLocalStorage<WaitBudget>();
