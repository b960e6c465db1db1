import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DeviceSession, RefreshToken, type User } from '../entities/index.js';

/** What the client told us about itself when it signed in. */
export interface Device {
  userAgent?: string;
  clientIp?: string;
}

/** A refresh token and the session (family) it belongs to. */
export interface IssuedRefreshToken {
  token: string;
  sessionId: string;
}

export type Rotation = { user: User; successor: IssuedRefreshToken } | { refused: string };

const hashOf = (token: string) => createHash('sha256').update(token).digest('base64url');

/**
 * Opaque single-use refresh tokens, rotated on use, revoked by family on reuse. Each family is
 * a device session (`DeviceSession`, same id), which its user can list and end.
 */
export class RefreshTokens {
  constructor(private readonly ttlSeconds: number) {}

  /** A new session for `user` and its first token. */
  open(em: EntityManager, user: User, device: Device): IssuedRefreshToken {
    const session = em.create(DeviceSession, {
      id: randomUUID(),
      user,
      userAgent: device.userAgent ?? null,
      clientAddress: device.clientIp ?? null,
      expiresAt: this.expiry(),
    });
    em.persist(session);
    return this.issue(em, user, session);
  }

  /**
   * Spends `token` and returns its owner and a successor in the same family. A spent or
   * revoked token revokes the whole family (it was stolen or replayed). Call in a transaction;
   * a refusal is returned, not thrown, so the revocation commits.
   */
  async rotate(em: EntityManager, token: string): Promise<Rotation> {
    const stored = await em.findOne(RefreshToken, { tokenHash: hashOf(token) }, { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['user'] });
    if (!stored) return { refused: 'Invalid refresh token' };
    if (stored.spentAt || stored.revokedAt) {
      await this.revokeFamily(em, stored.familyId);
      return { refused: 'Refresh token was already used or revoked; its session has been revoked' };
    }
    if (stored.expiresAt.getTime() <= Date.now()) return { refused: 'Refresh token expired' };
    stored.spentAt = new Date();
    const session = await em.findOneOrFail(DeviceSession, stored.familyId);
    session.lastUsedAt = new Date();
    session.expiresAt = this.expiry();
    return { user: stored.user, successor: this.issue(em, stored.user, session) };
  }

  /** Revokes the family of `token`; false when the token is unknown. */
  async revoke(em: EntityManager, token: string): Promise<boolean> {
    const stored = await em.findOne(RefreshToken, { tokenHash: hashOf(token) });
    if (!stored) return false;
    await this.revokeFamily(em, stored.familyId);
    return true;
  }

  /** Revokes every session of `user` except `keep` (the caller's own, when it has one). */
  async revokeAllOf(em: EntityManager, user: User, keep?: string): Promise<void> {
    const others = keep ? { $ne: keep } : undefined;
    const now = new Date();
    await em.nativeUpdate(RefreshToken, { user, revokedAt: null, ...(others ? { familyId: others } : {}) }, { revokedAt: now });
    await em.nativeUpdate(DeviceSession, { user, revokedAt: null, ...(others ? { id: others } : {}) }, { revokedAt: now });
  }

  async revokeFamily(em: EntityManager, familyId: string): Promise<void> {
    const now = new Date();
    await em.nativeUpdate(RefreshToken, { familyId, revokedAt: null }, { revokedAt: now });
    await em.nativeUpdate(DeviceSession, { id: familyId, revokedAt: null }, { revokedAt: now });
  }

  private issue(em: EntityManager, user: User, session: DeviceSession): IssuedRefreshToken {
    const token = randomBytes(32).toString('base64url');
    em.persist(em.create(RefreshToken, { tokenHash: hashOf(token), familyId: session.id, user, expiresAt: session.expiresAt }));
    return { token, sessionId: session.id };
  }

  private expiry(): Date {
    return new Date(Date.now() + this.ttlSeconds * 1000);
  }
}
