import type { RequestHandler } from 'express';
import { rateLimitedFor, retryAfterOf } from './rate-limited.js';
import type { SyncedRateLimiter } from './synced-rate-limiter.js';

/**
 * Limits GraphQL requests per client address across all gateway replicas (see SyncedRateLimiter).
 * Past the limit: HTTP 429 with the contract's RATE_LIMITED error and `retryAfterSeconds`.
 */
export function requestRateLimit(limiter: SyncedRateLimiter): RequestHandler {
  return async (req, res, next) => {
    let decision;
    try {
      decision = await limiter.consume(req.ip ?? 'unknown');
    } catch (error) {
      return next(error);
    }
    if (decision.allowed) return next();
    const error = rateLimitedFor(decision.retryAfterMs);
    res.status(429).set('retry-after', retryAfterOf(error)).json({ errors: [error.toJSON()] });
  };
}
