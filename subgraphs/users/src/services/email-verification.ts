import { invalidState, recordEvents, requireViewer, UserEventTypes, type RequestContext } from '@boxoffice/platform';
import { AccountTokenPurpose, User } from '../entities/index.js';
import { userEvent } from '../messaging/outgoing.js';
import type { AccountMailThrottle } from './account-mail-throttle.js';
import type { AccountTokens } from './account-tokens.js';

/** Proving control of the account's address: a token mailed (by notifications) and given back. */
export class EmailVerification {
  constructor(
    private readonly tokens: AccountTokens,
    private readonly throttle: AccountMailThrottle,
  ) {}

  /** Mails the caller a new verification token; INVALID_STATE when already verified. */
  async request(ctx: RequestContext): Promise<boolean> {
    const { em, auth, clientIp } = ctx;
    const user = await em.findOneOrFail(User, requireViewer(auth).id);
    if (user.emailVerified) throw invalidState('The email address is already verified');
    await this.throttle.reserve(user.email, clientIp);
    await em.transactional(async (tx) => {
      const verification = this.tokens.issue(tx, user, AccountTokenPurpose.VERIFY_EMAIL);
      recordEvents(tx, ctx, [userEvent(UserEventTypes.emailVerificationRequested, user, { verification })]);
    });
    return true;
  }

  async verify({ em, ...origin }: RequestContext, token: string): Promise<User> {
    return em.transactional(async (tx) => {
      const user = await this.tokens.spend(tx, token, AccountTokenPurpose.VERIFY_EMAIL);
      user.emailVerified = true;
      recordEvents(tx, origin, [userEvent(UserEventTypes.emailVerified, user)]);
      return user;
    });
  }
}
