import { BookingEventTypes, type BookingFacts, type ProjectionHandlers } from '@boxoffice/platform';
import type { NotificationsServices } from '../../context.js';

/** Handlers for `bookings.booking`: who holds what, and the customers' booking notices. */
export function bookingHandlers({ bookingNotices }: NotificationsServices): ProjectionHandlers {
  return Object.fromEntries(
    Object.values(BookingEventTypes).map((type) => [type, (event, ctx) => bookingNotices.record(ctx, { type, facts: event.payload as BookingFacts })]),
  );
}
