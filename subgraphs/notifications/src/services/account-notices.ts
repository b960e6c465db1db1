import { UserEventTypes, type RequestContext, type UserFacts } from '@boxoffice/platform';
import { NotificationCategory, NotificationKind, Person } from '../entities/index.js';
import { formatTime } from './mail-format.js';
import type { Notice, Notifier } from './notifier.js';

type AccountNotice = Pick<Notice, 'kind' | 'title' | 'body' | 'mail'>;

/** What each users.user fact tells its person; the token mails carry the fact's raw token. */
function noticeFor(type: string, facts: UserFacts): AccountNotice | undefined {
  switch (type) {
    case UserEventTypes.registered:
      return {
        kind: NotificationKind.WELCOME,
        title: 'Welcome to boxoffice',
        body: 'Your account is ready. Verify your email address with the token we mailed you.',
        mail: tokenMail(facts.verification),
      };
    case UserEventTypes.emailVerificationRequested:
      return {
        kind: NotificationKind.EMAIL_VERIFICATION,
        title: 'Verify your email address',
        body: 'We mailed you a token to verify your email address.',
        mail: tokenMail(facts.verification),
      };
    case UserEventTypes.passwordResetRequested:
      return {
        kind: NotificationKind.PASSWORD_RESET,
        title: 'Reset your password',
        body: 'Someone asked to reset your password; we mailed you a token. Ignore it if it was not you.',
        mail: tokenMail(facts.passwordReset),
      };
    case UserEventTypes.emailVerified:
      return { kind: NotificationKind.EMAIL_VERIFIED, title: 'Email address verified', body: `${facts.email} is verified.`, mail: { data: {} } };
    case UserEventTypes.roleChanged:
      return { kind: NotificationKind.ROLE_CHANGED, title: 'Your role changed', body: `You are now ${facts.role}.`, mail: { data: { role: facts.role } } };
    default:
      return undefined;
  }
}

const tokenMail = (token: UserFacts['verification']) =>
  token ? { data: { expiresAt: formatTime(token.expiresAt) }, secret: token.token } : { data: {} };

/** Keeps how to address each person, and tells them about their account. */
export class AccountNotices {
  constructor(private readonly notifier: Notifier) {}

  async record(ctx: RequestContext, { type, eventId, facts }: { type: string; eventId: string; facts: UserFacts }): Promise<void> {
    const person = { id: facts.userId, email: facts.email, name: facts.name };
    await ctx.em.upsert(Person, person);
    await this.notifier.address(ctx, person);
    const notice = noticeFor(type, facts);
    if (!notice) return;
    await this.notifier.notify(ctx, { ...notice, userId: facts.userId, category: NotificationCategory.ACCOUNT, dedupeKey: `user:${eventId}` });
  }
}
