import { requireViewer, unauthenticated, validateInput, type RequestContext } from '@boxoffice/platform';
import { z } from 'zod';
import { User } from '../entities/index.js';
import type { ChangePasswordArgs } from '../types/index.js';
import type { Accounts } from './accounts.js';
import { newPassword } from './email-addresses.js';
import type { LoginThrottle } from './login-throttle.js';
import { hashPassword, verifyPassword } from './password-hasher.js';

const change = z.object({ currentPassword: z.string(), newPassword });

/** A signed-in user's new password: proven by the current one, counted like logins. */
export class PasswordChanges {
  constructor(
    private readonly accounts: Accounts,
    private readonly throttle: LoginThrottle,
  ) {}

  /** Sets the new password and ends every other session of the caller; the caller's own stays. */
  async change({ em, auth, clientIp }: RequestContext, args: ChangePasswordArgs): Promise<boolean> {
    const viewer = requireViewer(auth);
    const valid = validateInput(change, args);
    const user = await em.findOneOrFail(User, viewer.id, { populate: ['passwordHash'] });
    await this.throttle.reserve(user.email, clientIp);
    if (!(await verifyPassword(valid.currentPassword, user.passwordHash))) throw unauthenticated('The current password is wrong');
    await this.throttle.succeeded(user.email, clientIp);
    const passwordHash = await hashPassword(valid.newPassword);
    await em.transactional(async (tx) => {
      user.passwordHash = passwordHash;
      tx.persist(user);
      await this.accounts.endSessions(tx, user, viewer.sessionId);
    });
    return true;
  }
}
