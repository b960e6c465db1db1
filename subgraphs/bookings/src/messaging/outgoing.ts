import { AvailabilityEventTypes, BookingEventTypes, outboxInsertSql, TOPICS, type BookingFacts, type OutgoingEvent } from '@boxoffice/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
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

/**
 * The AvailabilityChanged fact of a change to one event's seats, as a relation for
 * `outboxInsertSql` (two parameters: the event id, twice). Its version comes from a sequence,
 * so recording it locks nothing; the event's SeatAvailability.version is the sum of its seat
 * rows' change counts (see services/availability.ts), which every seat change raises.
 */
export const AVAILABILITY_FACT_SOURCE = `(select ?::text as "aggregate_id",
  jsonb_build_object('eventId', ?::text, 'version', nextval('availability_change_seq')) as "payload") as "change"`;

export function availabilityFactSql(correlationId: string | undefined, source = AVAILABILITY_FACT_SOURCE) {
  return outboxInsertSql(TOPICS.availability, AvailabilityEventTypes.changed, source, correlationId);
}

/** Records that the event's seats changed in this transaction, for the gateway's subscribers. */
export async function recordAvailabilityChange(tx: EntityManager, eventId: string, correlationId: string | undefined): Promise<void> {
  const fact = availabilityFactSql(correlationId);
  await tx.execute(fact.sql, [...fact.params, eventId, eventId], 'run');
}
