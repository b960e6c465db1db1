import type { EventFacts, ProjectionHandler } from '@boxoffice/platform';
import type { ProgramServices } from '../../context.js';

/** Every events.event type carries the whole event. */
export const eventSnapshotHandler =
  ({ eventProjections }: ProgramServices): ProjectionHandler =>
  (message, ctx) =>
    eventProjections.record(ctx, message.payload as EventFacts, message.occurredAt);
