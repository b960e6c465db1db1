import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { rateLimited } from '@boxoffice/platform';

export interface AccountMailThrottleOptions {
  perEmail: number;
  perAddress: number;
  windowSeconds: number;
}

/**
 * Requests that mail a token (password reset, email verification), counted in Redis per email
 * and per client address whether or not the email belongs to an account, so the limit tells
 * nothing about which addresses exist and nobody can flood a mailbox.
 */
export class AccountMailThrottle {
  private readonly byEmail: RateLimiterRedis;
  private readonly byAddress: RateLimiterRedis;

  constructor(redis: Redis, options: AccountMailThrottleOptions) {
    const limiter = (keyPrefix: string, points: number) => new RateLimiterRedis({ storeClient: redis, keyPrefix, points, duration: options.windowSeconds });
    this.byEmail = limiter('account-mail:email', options.perEmail);
    this.byAddress = limiter('account-mail:address', options.perAddress);
  }

  /** Takes one request from both budgets, or refuses with RATE_LIMITED. */
  async reserve(email: string, address: string | undefined): Promise<void> {
    const outcomes = await Promise.allSettled([this.byEmail.consume(email), this.byAddress.consume(address ?? 'unknown')]);
    const waits = outcomes.flatMap((outcome) => {
      if (outcome.status === 'fulfilled') return [];
      if (outcome.reason instanceof RateLimiterRes) return [outcome.reason.msBeforeNext];
      throw outcome.reason;
    });
    if (waits.length > 0) throw rateLimited(Math.max(1, Math.ceil(Math.max(...waits) / 1000)));
  }
}
