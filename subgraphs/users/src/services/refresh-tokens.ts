import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { RefreshToken, type User } from '../entities/index.js';

export type Rotation = { user: User; successor: string } | { refused: string };

const hashOf = (token: string) => createHash('sha256').update(token).digest('base64url');

/** Opaque single-use refresh tokens, rotated on use, revoked by family on reuse. */
export class RefreshTokens {
  constructor(private readonly ttlSeconds: number) {}

  /** A new token for `user`; a new family unless continuing one through rotation. */
  issue(em: EntityManager, user: User, familyId: string = randomUUID()): string {
    const token = randomBytes(32).toString('base64url');
    em.persist(
      em.create(RefreshToken, {
        tokenHash: hashOf(token),
        familyId,
        user,
        expiresAt: new Date(Date.now() + this.ttlSeconds * 1000),
      }),
    );
    return token;
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
    return { user: stored.user, successor: this.issue(em, stored.user, stored.familyId) };
  }

  /** Revokes the family of `token`; false when the token is unknown. */
  async revoke(em: EntityManager, token: string): Promise<boolean> {
    const stored = await em.findOne(RefreshToken, { tokenHash: hashOf(token) });
    if (!stored) return false;
    await this.revokeFamily(em, stored.familyId);
    return true;
  }

  private async revokeFamily(em: EntityManager, familyId: string): Promise<void> {
    await em.nativeUpdate(RefreshToken, { familyId, revokedAt: null }, { revokedAt: new Date() });
  }
}
