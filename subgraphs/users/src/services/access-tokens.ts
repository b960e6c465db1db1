import { SignJWT } from 'jose';
import { ACCESS_TOKEN_ALGORITHM } from '@boxoffice/platform';
import type { User } from '../entities/index.js';
import type { SigningKeys } from './signing-keys.js';

export interface AccessTokenIssuer {
  ttlSeconds: number;
  /** An access token for `user`, naming the session it was issued to (`sid`). */
  issue(user: User, sessionId: string): Promise<string>;
}

export function createAccessTokenIssuer(keys: SigningKeys, issuer: string, audience: string, ttlSeconds: number): AccessTokenIssuer {
  return {
    ttlSeconds,
    issue: (user, sessionId) =>
      new SignJWT({ role: user.role, sid: sessionId })
        .setProtectedHeader({ alg: ACCESS_TOKEN_ALGORITHM, kid: keys.kid, typ: 'JWT' })
        .setSubject(user.id)
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt()
        .setExpirationTime(`${ttlSeconds}s`)
        .sign(keys.privateKey),
  };
}
