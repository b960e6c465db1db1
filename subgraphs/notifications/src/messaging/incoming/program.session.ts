import { SessionEventTypes, type ProjectionHandlers, type SessionFacts } from '@boxoffice/platform';
import type { NotificationsServices } from '../../context.js';

/** Handlers for `program.session`: changes to sessions people have on their agenda. */
export function sessionHandlers({ sessionNotices }: NotificationsServices): ProjectionHandlers {
  return Object.fromEntries(
    Object.values(SessionEventTypes).map((type) => [
      type,
      (event, ctx) => sessionNotices.changed(ctx, { factId: event.id, type, facts: event.payload as SessionFacts }),
    ]),
  );
}
