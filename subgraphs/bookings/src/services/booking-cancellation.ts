import { assertOwnerOrAdmin, invalidState, isUuid, notFound, requireViewer, type RequestContext } from '@boxoffice/platform';
import type { Booking } from '../entities/index.js';
import { recordAvailabilityChange } from '../messaging/outgoing.js';
import { closeBookings, OPEN_STATUSES } from './booking-lifecycle.js';
import { lockBooking } from './locks.js';

/**
 * cancelBooking: the owner or an admin. A PENDING_PAYMENT booking frees its seats; a CONFIRMED
 * one also voids its tickets and asks payments for a refund.
 */
export class BookingCancellation {
  async cancel(ctx: RequestContext, bookingId: string): Promise<Booking> {
    requireViewer(ctx.auth);
    if (!isUuid(bookingId)) throw notFound('Booking', bookingId);
    return ctx.em.transactional(async (tx) => {
      const locked = await lockBooking(tx, bookingId);
      if (!locked) throw notFound('Booking', bookingId);
      const { event, booking } = locked;
      assertOwnerOrAdmin(ctx.auth, booking.userId, 'this booking');
      if (!OPEN_STATUSES.includes(booking.status)) {
        throw invalidState(`Booking is ${booking.status}; only PENDING_PAYMENT or CONFIRMED bookings can be cancelled`);
      }
      await closeBookings(tx, [booking], 'cancelled', ctx);
      await recordAvailabilityChange(tx, event.id, ctx);
      return booking;
    });
  }
}
