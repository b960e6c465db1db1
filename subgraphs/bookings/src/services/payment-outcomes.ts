import type { PaymentFacts, RequestContext } from '@boxoffice/platform';
import { BookingStatus } from '../entities/index.js';
import { recordAvailabilityChange } from '../messaging/outgoing.js';
import { closeBookings, confirmBooking, requestLateRefund } from './booking-lifecycle.js';
import { lockBooking } from './locks.js';

/** What payments' facts do to bookings. */
export class PaymentOutcomes {
  /**
   * A PENDING_PAYMENT booking is confirmed (seats sold, tickets issued); a confirmed one is left
   * alone (replay); one that expired or was cancelled before the money arrived stays so, and
   * payments is asked to refund.
   */
  async succeeded({ em, ...origin }: RequestContext, facts: PaymentFacts): Promise<void> {
    const locked = await lockBooking(em, facts.bookingId);
    if (!locked) return;
    const { event, booking } = locked;
    if (booking.status === BookingStatus.PENDING_PAYMENT) {
      await confirmBooking(em, booking, origin);
      await recordAvailabilityChange(em, event.id, origin);
    } else if (booking.status !== BookingStatus.CONFIRMED) {
      requestLateRefund(em, booking, origin);
    }
  }

  /**
   * A full refund turns a CONFIRMED booking REFUNDED and frees its seats. A partial refund
   * leaves it CONFIRMED; a cancelled booking stays CANCELLED.
   */
  async refunded({ em, ...origin }: RequestContext, facts: PaymentFacts): Promise<void> {
    if (facts.refundedCents < facts.amountCents) return;
    const locked = await lockBooking(em, facts.bookingId);
    if (!locked || locked.booking.status !== BookingStatus.CONFIRMED) return;
    await closeBookings(em, [locked.booking], 'refunded', origin);
    await recordAvailabilityChange(em, locked.event.id, origin);
  }
}
