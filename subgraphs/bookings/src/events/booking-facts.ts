import { BookingEventTypes, TOPICS, type BookingFacts, type OutgoingEvent } from '@boxoffice/platform';
import type { Booking } from '../entities/index.js';

export type BookingChange = keyof typeof BookingEventTypes;

/** A booking's status change on bookings.booking, carrying the whole booking as it is now. */
export function bookingEvent(change: BookingChange, booking: Booking, refundWanted?: boolean): OutgoingEvent {
  const payload: BookingFacts = {
    bookingId: booking.id,
    eventId: booking.eventId,
    userId: booking.userId,
    organizerId: booking.organizerId,
    status: booking.status,
    totalCents: booking.totalCents,
    currency: booking.currency,
    paymentDueAt: booking.paymentDueAt?.toISOString() ?? null,
    ...(refundWanted === undefined ? {} : { refundWanted }),
  };
  return { topic: TOPICS.booking, type: BookingEventTypes[change], aggregateId: booking.id, payload };
}
