import { BookingEventTypes, type BookingFacts, type ProjectionHandler, type ProjectionHandlers } from '@boxoffice/platform';
import type { PaymentsServices } from '../../context.js';

/** Handlers for `bookings.booking`: every type keeps the projection; a cancellation may refund. */
export function bookingHandlers({ bookingProjections }: PaymentsServices): ProjectionHandlers {
  const project: ProjectionHandler = (event, ctx) => bookingProjections.record(ctx, event.payload as BookingFacts);
  const cancel: ProjectionHandler = (event, ctx) => bookingProjections.recordCancellation(ctx, event.payload as BookingFacts);
  return {
    [BookingEventTypes.created]: project,
    [BookingEventTypes.confirmed]: project,
    [BookingEventTypes.expired]: project,
    [BookingEventTypes.refunded]: project,
    [BookingEventTypes.cancelled]: cancel,
  };
}
