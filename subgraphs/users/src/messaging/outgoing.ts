import { TOPICS, type AccountTokenFact, type OutgoingEvent, type UserEventType, type UserFacts } from '@boxoffice/platform';
import type { User } from '../entities/index.js';

/**
 * The mail a fact asks for and its token: the raw token travels in this fact only, and leaves
 * the outbox row once published (secretKeys).
 */
export type TokenMail = { verification: AccountTokenFact } | { passwordReset: AccountTokenFact } | Record<string, never>;

/** The user as they are now, as published on `users.user`. */
export function userEvent(type: UserEventType, user: User, tokens: TokenMail = {}): OutgoingEvent {
  const payload: UserFacts = {
    userId: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    emailVerified: user.emailVerified,
    ...tokens,
  };
  return { topic: TOPICS.user, type, aggregateId: user.id, payload, secretKeys: Object.keys(tokens) };
}
