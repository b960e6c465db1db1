import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

export type RateDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

export interface SyncedRateLimiterOptions {
  redis: Redis;
  keyPrefix: string;
  points: number;
  windowSeconds: number;
  syncIntervalMs: number;
}

/**
 * A per-key request budget shared by all gateway replicas without a Redis round trip per request.
 *
 * Each replica decides locally: it refuses once its own count reaches the budget (an in-memory
 * fixed window, exact for one replica) or once the shared count it last saw in Redis plus what it
 * admitted since reaches it. Every `syncIntervalMs` it adds what it admitted to the shared Redis
 * counter in one call per key and reads back the total. So across replicas the budget can be
 * exceeded by at most what the other replicas admit within one sync interval. If Redis is
 * unreachable, each replica keeps enforcing the full budget on its own (it fails closed to the
 * local limit).
 */
export class SyncedRateLimiter {
  private readonly local: RateLimiterMemory;
  private readonly shared: RateLimiterRedis;
  private readonly points: number;
  /** Admitted here and not yet added to the shared counter. */
  private readonly unsynced = new Map<string, number>();
  /** The shared count and its window's end, as last read from Redis. */
  private readonly sharedView = new Map<string, { consumed: number; resetAt: number }>();
  private readonly timer: NodeJS.Timeout;
  private syncing: Promise<void> | undefined;

  constructor(options: SyncedRateLimiterOptions) {
    this.points = options.points;
    this.local = new RateLimiterMemory({ keyPrefix: options.keyPrefix, points: options.points, duration: options.windowSeconds });
    this.shared = new RateLimiterRedis({
      storeClient: options.redis,
      keyPrefix: options.keyPrefix,
      points: options.points,
      duration: options.windowSeconds,
      rejectIfRedisNotReady: true,
    });
    this.timer = setInterval(() => void this.sync(), options.syncIntervalMs);
    this.timer.unref();
  }

  async consume(key: string): Promise<RateDecision> {
    const now = Date.now();
    const view = this.sharedView.get(key);
    const unsynced = this.unsynced.get(key) ?? 0;
    if (view && view.resetAt > now && view.consumed + unsynced >= this.points) return { allowed: false, retryAfterMs: view.resetAt - now };
    try {
      await this.local.consume(key);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return { allowed: false, retryAfterMs: rejection.msBeforeNext };
      throw rejection;
    }
    this.unsynced.set(key, unsynced + 1);
    return { allowed: true };
  }

  /** Adds what this replica admitted to the shared counters and reads the totals back. */
  sync(): Promise<void> {
    this.syncing ??= this.pushCounts().finally(() => (this.syncing = undefined));
    return this.syncing;
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private async pushCounts(): Promise<void> {
    const batch = [...this.unsynced];
    await Promise.all(
      batch.map(async ([key, count]) => {
        try {
          const total = await this.shared.penalty(key, count);
          this.sharedView.set(key, { consumed: total.consumedPoints, resetAt: Date.now() + total.msBeforeNext });
        } catch {
          // Redis unreachable: these requests stay counted by the local limit only.
        }
        const left = (this.unsynced.get(key) ?? 0) - count;
        if (left > 0) this.unsynced.set(key, left);
        else this.unsynced.delete(key);
      }),
    );
    const now = Date.now();
    for (const [key, view] of this.sharedView) if (view.resetAt <= now) this.sharedView.delete(key);
  }
}
