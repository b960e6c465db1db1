import { recordEvents, requireViewer, unauthenticated, UserEventTypes, type RequestContext } from '@boxoffice/platform';
import { AccountToken, DeviceSession, LinkedIdentity, RefreshToken, User } from '../entities/index.js';
import { userEvent } from '../messaging/outgoing.js';
import type { LoginThrottle } from './login-throttle.js';
import { DUMMY_PASSWORD_HASH, verifyPassword } from './password-hasher.js';

export const ERASED_NAME = 'Deleted user';
const erasedEmail = (user: User) => `deleted-${user.id}@erased.invalid`;

/**
 * deleteMyAccount: the account keeps its id (bookings and payments keep referring to it, now a
 * pseudonym) and loses everything personal: name, e-mail, profile, sessions, mail tokens, linked
 * identity providers, and
 * the personal data in the facts it published before. Its UserDeleted fact tells every
 * projection of the person to erase them too.
 */
export class AccountDeletion {
  constructor(private readonly throttle: LoginThrottle) {}

  async deleteMine(ctx: RequestContext, password: string): Promise<boolean> {
    const { em, auth, clientIp } = ctx;
    const user = await em.findOneOrFail(User, requireViewer(auth).id, { populate: ['passwordHash'] });
    await this.throttle.reserve(user.email, clientIp);
    if (!(await verifyPassword(password, user.passwordHash))) throw unauthenticated('The password is wrong');
    await this.throttle.succeeded(user.email, clientIp);
    await em.transactional(async (tx) => {
      Object.assign(user, { name: ERASED_NAME, email: erasedEmail(user), emailVerified: false, passwordHash: DUMMY_PASSWORD_HASH });
      Object.assign(user, { phone: null, locale: null, timeZone: null, deletedAt: new Date() });
      tx.persist(user);
      await tx.nativeDelete(RefreshToken, { user });
      await tx.nativeDelete(DeviceSession, { user });
      await tx.nativeDelete(AccountToken, { user });
      await tx.nativeDelete(LinkedIdentity, { user });
      // Facts published before carry the name, the address and mail tokens: keep the facts, not those.
      await tx.execute(
        `update "outbox_message" set "payload" = ("payload" - 'verification' - 'passwordReset') || ?::jsonb where "topic" = 'users.user' and "key" = ?`,
        [JSON.stringify({ name: ERASED_NAME, email: erasedEmail(user), emailVerified: false }), user.id],
      );
      recordEvents(tx, ctx, [userEvent(UserEventTypes.deleted, user)]);
    });
    return true;
  }
}
