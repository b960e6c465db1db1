import type { BookingFacts, ProjectionHandler } from '@boxoffice/platform';
import type { ProgramServices } from '../../context.js';

/** Every bookings.booking type carries the whole booking. */
export const bookingSnapshotHandler =
  ({ bookingProjections }: ProgramServices): ProjectionHandler =>
  (message, ctx) =>
    bookingProjections.record(ctx, message.payload as BookingFacts, message.occurredAt);
