import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { DomainError, unauthenticated } from '../errors/domain-error.js';
import type { AuthContext, Role, Viewer } from './viewer.js';
import { VerifiedTokens } from './verified-tokens.js';

export const ACCESS_TOKEN_ALGORITHM = 'ES256';
const ROLES: ReadonlySet<string> = new Set<Role>(['CUSTOMER', 'ORGANIZER', 'ADMIN']);

export interface TokenVerifierOptions {
  issuer: string;
  audience: string;
  /** The key set to verify against: the users subgraph's JWKS, remote or local. */
  keys: JWTVerifyGetKey;
}

export type TokenVerifier = (token: string) => Promise<Viewer>;

/** JWKS served by the users subgraph; refetched when an unknown `kid` appears (key rotation). */
export function remoteKeySet(jwksUrl: string): JWTVerifyGetKey {
  return createRemoteJWKSet(new URL(jwksUrl), { cooldownDuration: 5_000, cacheMaxAge: 10 * 60_000 });
}

/**
 * Verifies signature, algorithm, `exp`, `iss` and `aud`. Any failure, including an
 * unreachable key set, is UNAUTHENTICATED: a bad token never becomes a server error. Tokens
 * that passed are remembered for a minute at most (see VerifiedTokens).
 */
export function createTokenVerifier({ issuer, audience, keys }: TokenVerifierOptions): TokenVerifier {
  const verified = new VerifiedTokens();
  return async (token) => {
    const known = verified.get(token);
    if (known) return known;
    try {
      const { payload } = await jwtVerify(token, keys, { issuer, audience, algorithms: [ACCESS_TOKEN_ALGORITHM] });
      const role = payload.role;
      if (typeof payload.sub !== 'string' || typeof role !== 'string' || !ROLES.has(role)) {
        throw unauthenticated('Access token lacks a subject or role');
      }
      const viewer: Viewer = { id: payload.sub, role: role as Role, ...(typeof payload.sid === 'string' ? { sessionId: payload.sid } : {}) };
      verified.set(token, viewer, payload.exp);
      return viewer;
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw unauthenticated('Access token expired');
      throw unauthenticated('Invalid access token');
    }
  };
}

/**
 * Reads `Authorization: Bearer <token>`; no header means anonymous. A bad one rejects the whole
 * request as UNAUTHENTICATED with HTTP 401 (Apollo Server answers 500 for other context errors).
 */
export async function authenticate(authorization: string | undefined, verify: TokenVerifier): Promise<AuthContext> {
  if (!authorization) return {};
  try {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw unauthenticated('Authorization header must be "Bearer <token>"');
    return { viewer: await verify(match[1]!) };
  } catch (error) {
    const message = error instanceof Error ? error.message : 'Invalid access token';
    throw new DomainError('UNAUTHENTICATED', message, { http: { status: 401 } });
  }
}
