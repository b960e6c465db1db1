import type { EventFacts, ProjectionHandler } from '@boxoffice/platform';
import type { BookingsServices } from '../../context.js';

/** Every events.event type carries the whole event. */
export const eventSnapshotHandler =
  ({ eventProjections }: BookingsServices): ProjectionHandler =>
  (message, ctx) =>
    eventProjections.record(ctx, { facts: message.payload as EventFacts, occurredAt: message.occurredAt });
