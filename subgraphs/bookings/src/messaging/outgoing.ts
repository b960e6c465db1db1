import {
  AvailabilityEventTypes,
  BookingEventTypes,
  recordEvents,
  TOPICS,
  type AvailabilityFacts,
  type BookingFacts,
  type OutgoingEvent,
} from '@boxoffice/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Booking, EventProjection } from '../entities/index.js';

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

/**
 * Records a change of a locked event's seat states: a higher `version`, written in the same
 * transaction, and an AvailabilityChanged event in the outbox for the gateway's subscribers.
 */
export function touchAvailability(tx: EntityManager, event: EventProjection, correlationId: string | undefined): void {
  event.availabilityVersion += 1;
  const payload: AvailabilityFacts = { eventId: event.id, version: event.availabilityVersion };
  recordEvents(tx, correlationId, [
    { topic: TOPICS.availability, type: AvailabilityEventTypes.changed, aggregateId: event.id, payload },
  ]);
}
