import { EventEventTypes, type EventFacts, type ProjectionHandlers } from '@boxoffice/platform';
import type { NotificationsServices } from '../../context.js';

/** Handlers for `events.event`: what mails say about events; a cancellation tells its holders. */
export function eventHandlers({ catalog }: NotificationsServices): ProjectionHandlers {
  return Object.fromEntries(
    Object.values(EventEventTypes).map((type) => [type, (event, ctx) => catalog.recordEvent(ctx, { type, facts: event.payload as EventFacts })]),
  );
}
