import { createHash, randomBytes } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput, type AccountTokenFact } from '@boxoffice/platform';
import { AccountToken, type AccountTokenPurpose, type User } from '../entities/index.js';

const hashOf = (token: string) => createHash('sha256').update(token).digest('base64url');
const refused = (message: string) => badUserInput([{ field: 'token', message }]);

/** Random single-use tokens for account mails, stored hashed, expiring after their purpose's TTL. */
export class AccountTokens {
  constructor(private readonly ttlSeconds: Record<AccountTokenPurpose, number>) {}

  /** A new token for `user`, persisted through `em` (commit it with the fact that mails it). */
  issue(em: EntityManager, user: User, purpose: AccountTokenPurpose): AccountTokenFact {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.ttlSeconds[purpose] * 1000);
    em.persist(em.create(AccountToken, { tokenHash: hashOf(token), purpose, user, expiresAt }));
    return { token, expiresAt: expiresAt.toISOString() };
  }

  /**
   * Spends `token` and returns its user; every other open token of the same purpose is spent
   * with it. Unknown, used and expired tokens are BAD_USER_INPUT on `token`. Call in a transaction.
   */
  async spend(em: EntityManager, token: string, purpose: AccountTokenPurpose): Promise<User> {
    const stored = await em.findOne(AccountToken, { tokenHash: hashOf(token), purpose }, { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['user'] });
    if (!stored) throw refused('is not a valid token');
    if (stored.usedAt) throw refused('has already been used');
    if (stored.expiresAt.getTime() <= Date.now()) throw refused('has expired');
    await em.nativeUpdate(AccountToken, { user: stored.user, purpose, usedAt: null }, { usedAt: new Date() });
    return stored.user;
  }
}
