import { recordEvents, UserEventTypes, validateInput, type RequestContext } from '@boxoffice/platform';
import { z } from 'zod';
import { AccountTokenPurpose, User } from '../entities/index.js';
import { userEvent } from '../messaging/outgoing.js';
import type { AuthPayload } from '../types/index.js';
import type { AccountMailThrottle } from './account-mail-throttle.js';
import type { AccountTokens } from './account-tokens.js';
import type { Accounts } from './accounts.js';
import { emailAddress, newPassword } from './email-addresses.js';
import { hashPassword } from './password-hasher.js';

const resetRequest = z.object({ email: emailAddress });
const reset = z.object({ token: z.string().min(1, 'is required'), newPassword });

/** Forgotten passwords: a token mailed to the address (by notifications), then a new password. */
export class PasswordResets {
  constructor(
    private readonly tokens: AccountTokens,
    private readonly throttle: AccountMailThrottle,
    private readonly accounts: Accounts,
  ) {}

  /** Always true, whether or not an account has this address, so it reveals none. */
  async request({ em, clientIp, ...origin }: RequestContext, input: { email: string }): Promise<boolean> {
    const { email } = validateInput(resetRequest, input);
    await this.throttle.reserve(email, clientIp);
    const user = await em.findOne(User, { email });
    if (user) {
      await em.transactional(async (tx) => {
        const passwordReset = this.tokens.issue(tx, user, AccountTokenPurpose.RESET_PASSWORD);
        recordEvents(tx, origin, [userEvent(UserEventTypes.passwordResetRequested, user, { passwordReset })]);
      });
    }
    return true;
  }

  /** Sets the password, ends every session of the user, and opens a new one. */
  async reset(ctx: RequestContext, input: { token: string; newPassword: string }): Promise<AuthPayload> {
    const valid = validateInput(reset, input);
    const passwordHash = await hashPassword(valid.newPassword);
    return ctx.em.transactional(async (tx) => {
      const user = await this.tokens.spend(tx, valid.token, AccountTokenPurpose.RESET_PASSWORD);
      user.passwordHash = passwordHash;
      await this.accounts.endSessions(tx, user);
      return this.accounts.openSession(tx, user, ctx);
    });
  }
}
