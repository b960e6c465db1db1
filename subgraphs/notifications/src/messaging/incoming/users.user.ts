import type { ProjectionHandlers, UserFacts } from '@boxoffice/platform';
import { UserEventTypes } from '@boxoffice/platform';
import type { NotificationsServices } from '../../context.js';

/**
 * Handlers for `users.user`: every type keeps the person's address and may tell them something,
 * except a deletion, which erases the person.
 */
export function userHandlers({ accountNotices, personErasure }: NotificationsServices): ProjectionHandlers {
  return {
    ...Object.fromEntries(
      Object.values(UserEventTypes).map((type) => [
        type,
        (event, ctx) => accountNotices.record(ctx, { type, eventId: event.id, facts: event.payload as UserFacts }),
      ]),
    ),
    [UserEventTypes.deleted]: (event, ctx) => personErasure.erase(ctx, (event.payload as UserFacts).userId),
  };
}
