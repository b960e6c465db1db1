import type { PaymentFacts, ReceivedEvent } from '@boxoffice/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BookingStatus } from '../entities/index.js';
import { recordAvailabilityChange } from '../services/availability-change.js';
import { closeBookings, confirmBooking, requestLateRefund } from '../services/booking-lifecycle.js';
import { lockBooking } from '../services/locks.js';

/**
 * PaymentSucceeded: a PENDING_PAYMENT booking is confirmed (seats sold, tickets issued); a
 * confirmed one is left alone (replay); one that expired or was cancelled before the money
 * arrived stays so, and payments is asked to refund.
 */
export async function applyPaymentSucceeded(message: ReceivedEvent, em: EntityManager): Promise<void> {
  const facts = message.payload as PaymentFacts;
  const locked = await lockBooking(em, facts.bookingId);
  if (!locked) return;
  const { event, booking } = locked;
  if (booking.status === BookingStatus.PENDING_PAYMENT) {
    await confirmBooking(em, booking, message.correlationId);
    await recordAvailabilityChange(em, event.id, message.correlationId);
  } else if (booking.status !== BookingStatus.CONFIRMED) {
    requestLateRefund(em, booking, message.correlationId);
  }
}

/**
 * PaymentRefunded: a full refund turns a CONFIRMED booking REFUNDED and frees its seats. A
 * partial refund leaves it CONFIRMED; a cancelled booking stays CANCELLED.
 */
export async function applyPaymentRefunded(message: ReceivedEvent, em: EntityManager): Promise<void> {
  const facts = message.payload as PaymentFacts;
  if (facts.refundedCents < facts.amountCents) return;
  const locked = await lockBooking(em, facts.bookingId);
  if (!locked || locked.booking.status !== BookingStatus.CONFIRMED) return;
  await closeBookings(em, [locked.booking], 'refunded', message.correlationId);
  await recordAvailabilityChange(em, locked.event.id, message.correlationId);
}
