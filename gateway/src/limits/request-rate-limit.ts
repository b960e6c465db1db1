import type { RequestHandler } from 'express';
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * Limits GraphQL requests per client address across all gateway replicas (counters in Redis).
 * Past the limit: HTTP 429 with the contract's RATE_LIMITED error and `retryAfterSeconds`.
 */
export function requestRateLimit(redis: Redis, points: number, windowSeconds: number): RequestHandler {
  const limiter = new RateLimiterRedis({ storeClient: redis, keyPrefix: 'gateway:requests', points, duration: windowSeconds });
  return async (req, res, next) => {
    try {
      await limiter.consume(req.ip ?? 'unknown');
      next();
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) return next(rejection);
      const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      res
        .status(429)
        .set('retry-after', String(retryAfterSeconds))
        .json({ errors: [{ message: 'Too many requests, try again later', extensions: { code: 'RATE_LIMITED', retryAfterSeconds } }] });
    }
  };
}
