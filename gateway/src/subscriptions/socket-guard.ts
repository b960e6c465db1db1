import { DomainError, rateLimited, type TokenVerifier } from '@boxoffice/platform';
import { decodeJwt } from 'jose';
import { createGatewayContext } from '../context.js';
import type { GraphqlWsConnection } from './graphql-ws-connection.js';

export interface SocketLimits {
  /** Operations (subscriptions and queries) in flight on one socket. */
  maxOperations: number;
  /** `subscribe` messages one socket may send per window. */
  operationsPerWindow: number;
  windowSeconds: number;
}

/** Close codes (README "Security"): the access token expired, or a refreshed one was refused. */
export const CLOSE_TOKEN_EXPIRED = 4401;
export const CLOSE_TOKEN_REFUSED = 4403;

/**
 * One socket's limits and identity: counts its operations per window, and closes it with 4401
 * when its access token expires unless the client sent a fresh one first (a `ping` whose
 * payload is `{ authorization: 'Bearer <token>' }`); operations started later use the fresh one.
 */
export class SocketGuard {
  private windowStartedAt = Date.now();
  private operationsInWindow = 0;
  private expiry?: NodeJS.Timeout;

  constructor(
    private readonly connection: GraphqlWsConnection,
    private readonly limits: SocketLimits,
    private readonly verify: TokenVerifier,
  ) {
    this.scheduleExpiry();
    connection.socket.once('close', () => clearTimeout(this.expiry));
  }

  /** An error to refuse the next operation with, when this socket is over a limit. */
  refusal(operationsInFlight: number): DomainError | undefined {
    const now = Date.now();
    const windowMs = this.limits.windowSeconds * 1000;
    if (now - this.windowStartedAt >= windowMs) {
      this.windowStartedAt = now;
      this.operationsInWindow = 0;
    }
    this.operationsInWindow += 1;
    if (this.operationsInWindow > this.limits.operationsPerWindow) {
      return rateLimited(Math.max(1, Math.ceil((this.windowStartedAt + windowMs - now) / 1000)));
    }
    if (operationsInFlight > this.limits.maxOperations) {
      return new DomainError('RATE_LIMITED', `At most ${this.limits.maxOperations} operations may be open on one socket`, { retryAfterSeconds: 1 });
    }
    return undefined;
  }

  /** Replaces the socket's token with a fresh one, or closes the socket when it is not valid. */
  async refresh(authorization: unknown): Promise<void> {
    if (typeof authorization !== 'string') return;
    const current = this.connection.context!;
    try {
      const fresh = await createGatewayContext({ authorization, clientIp: current.clientIp }, this.verify);
      // The socket's subscriptions were allowed for its user: a token may renew, not change, who that is.
      if (current.viewer && fresh.viewer?.id !== current.viewer.id) throw new Error('another user');
      this.connection.context = fresh;
      this.scheduleExpiry();
    } catch {
      this.connection.socket.close(CLOSE_TOKEN_REFUSED, 'Forbidden');
    }
  }

  private scheduleExpiry(): void {
    clearTimeout(this.expiry);
    const token = this.connection.context?.authorization?.replace(/^Bearer\s+/i, '');
    const expiresAt = token ? decodeJwt(token).exp : undefined;
    if (expiresAt === undefined) return;
    const check = () => {
      const remainingMs = expiresAt * 1000 - Date.now();
      if (remainingMs <= 0) this.connection.socket.close(CLOSE_TOKEN_EXPIRED, 'Token expired');
      // Timers cannot wait longer than 2^31 - 1 ms; a longer-lived token is checked again then.
      else this.expiry = setTimeout(check, Math.min(remainingMs, MAX_TIMER_MS)).unref();
    };
    check();
  }
}

const MAX_TIMER_MS = 2 ** 31 - 1;
