import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { rateLimited } from '@boxoffice/platform';

export interface LoginThrottleOptions {
  /** Attempts per email from one client address. */
  perEmailAndAddress: number;
  /** Attempts per client address, whatever the email. */
  perAddress: number;
  windowSeconds: number;
}

/**
 * Login attempts counted in Redis per (email, client address) and per client address. An
 * attempt takes its point before the password is checked (an atomic increment), so parallel
 * attempts cannot outrun the budget; a success gives its points back. Counting per email *and*
 * address means nobody can lock a victim out from elsewhere. While Redis is unreachable each
 * replica counts in its own memory instead (the same limits, per replica), so logins go on.
 */
export class LoginThrottle {
  private readonly byEmailAndAddress: RateLimiterRedis;
  private readonly byAddress: RateLimiterRedis;

  constructor(redis: Redis, options: LoginThrottleOptions) {
    const limiter = (keyPrefix: string, points: number) =>
      new RateLimiterRedis({
        storeClient: redis,
        keyPrefix,
        points,
        duration: options.windowSeconds,
        insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration: options.windowSeconds }),
      });
    this.byEmailAndAddress = limiter('login:email-address', options.perEmailAndAddress);
    this.byAddress = limiter('login:address', options.perAddress);
  }

  /** Takes one attempt from both budgets, or refuses with RATE_LIMITED when either is spent. */
  async reserve(email: string, address: string | undefined): Promise<void> {
    const outcomes = await Promise.allSettled([
      this.byEmailAndAddress.consume(pairKey(email, address)),
      this.byAddress.consume(address ?? 'unknown'),
    ]);
    const refusals = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as unknown] : []));
    if (refusals.length === 0) return;
    const waits = refusals.map((refusal) => {
      if (refusal instanceof RateLimiterRes) return refusal.msBeforeNext;
      throw refusal;
    });
    throw rateLimited(Math.max(1, Math.ceil(Math.max(...waits) / 1000)));
  }

  /** A successful login: the pair starts afresh and the address gets its point back. */
  async succeeded(email: string, address: string | undefined): Promise<void> {
    await Promise.all([this.byEmailAndAddress.delete(pairKey(email, address)), this.byAddress.reward(address ?? 'unknown', 1)]);
  }
}

const pairKey = (email: string, address: string | undefined) => `${address ?? 'unknown'}|${email}`;
