import { DomainError, rateLimited } from '@boxoffice/platform';

/**
 * The contract's RATE_LIMITED error for a request a budget refused, wherever it came in (an HTTP
 * request, a websocket upgrade, a `subscribe` message): wait whole seconds, at least one.
 */
export const rateLimitedFor = (retryAfterMs: number): DomainError => rateLimited(Math.max(1, Math.ceil(retryAfterMs / 1000)));

/** The seconds a RATE_LIMITED error asks the client to wait, for a `Retry-After` header. */
export const retryAfterOf = (error: DomainError): string => String(error.extensions.retryAfterSeconds);
