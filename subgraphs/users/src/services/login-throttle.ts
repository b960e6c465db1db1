import type { Redis } from 'ioredis';
import { RateLimiterRedis, type RateLimiterRes } from 'rate-limiter-flexible';
import { rateLimited } from '@boxoffice/platform';

export interface LoginThrottleOptions {
  perEmail: number;
  perIp: number;
  windowSeconds: number;
}

/**
 * Counts failed logins per email and per client IP in Redis. Once either budget is spent,
 * logins are refused with RATE_LIMITED until the window passes; a success clears the email's count.
 */
export class LoginThrottle {
  private readonly byEmail: RateLimiterRedis;
  private readonly byIp: RateLimiterRedis;

  constructor(redis: Redis, private readonly options: LoginThrottleOptions) {
    this.byEmail = new RateLimiterRedis({ storeClient: redis, keyPrefix: 'login:email', points: options.perEmail, duration: options.windowSeconds });
    this.byIp = new RateLimiterRedis({ storeClient: redis, keyPrefix: 'login:ip', points: options.perIp, duration: options.windowSeconds });
  }

  async assertAllowed(email: string, ip: string | undefined): Promise<void> {
    const [emailState, ipState] = await Promise.all([this.byEmail.get(email), ip ? this.byIp.get(ip) : null]);
    const blocked = [
      exhausted(emailState, this.options.perEmail),
      exhausted(ipState, this.options.perIp),
    ].filter((ms): ms is number => ms !== undefined);
    if (blocked.length > 0) throw rateLimited(Math.max(1, Math.ceil(Math.max(...blocked) / 1000)));
  }

  async recordFailure(email: string, ip: string | undefined): Promise<void> {
    await Promise.all([consume(this.byEmail, email), ip ? consume(this.byIp, ip) : undefined]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.byEmail.delete(email);
  }
}

function exhausted(state: RateLimiterRes | null, points: number): number | undefined {
  return state && state.consumedPoints >= points ? state.msBeforeNext : undefined;
}

/** Consuming past the limit rejects with the limiter state; that is expected here. */
async function consume(limiter: RateLimiterRedis, key: string): Promise<void> {
  await limiter.consume(key).catch((rejection: unknown) => {
    if (rejection instanceof Error) throw rejection;
  });
}
