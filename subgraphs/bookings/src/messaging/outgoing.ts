import { AvailabilityEventTypes, BookingEventTypes, outboxInsertSql, TicketEventTypes, TOPICS, type BookingFacts, type OutgoingEvent, type TicketFacts, type FactOrigin } from '@boxoffice/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Booking, Ticket } from '../entities/index.js';

export type BookingChange = keyof typeof BookingEventTypes;

/** What some changes add to the booking's facts: a confirmation its tickets, a cancellation whether to refund and why. */
export type BookingChangeFacts = Pick<BookingFacts, 'refundWanted' | 'eventCancelled' | 'tickets'>;

/** A booking's status change on bookings.booking, carrying the whole booking as it is now. */
export function bookingEvent(change: BookingChange, booking: Booking, changeFacts: BookingChangeFacts = {}): OutgoingEvent {
  const payload: BookingFacts = {
    bookingId: booking.id,
    eventId: booking.eventId,
    userId: booking.userId,
    organizerId: booking.organizerId,
    status: booking.status,
    totalCents: booking.totalCents,
    currency: booking.currency,
    paymentDueAt: booking.paymentDueAt?.toISOString() ?? null,
    ...changeFacts,
  };
  return { topic: TOPICS.booking, type: BookingEventTypes[change], aggregateId: booking.id, payload };
}

/** A ticket admitted at the door, on bookings.ticket. */
export function ticketCheckedInEvent(ticket: Ticket): OutgoingEvent {
  const payload: TicketFacts = {
    ticketId: ticket.id,
    bookingId: ticket.bookingId,
    eventId: ticket.eventId,
    checkedInAt: ticket.checkedInAt!.toISOString(),
  };
  return { topic: TOPICS.ticket, type: TicketEventTypes.checkedIn, aggregateId: ticket.id, payload };
}

/**
 * The data-modifying CTE body that raises the availability version of the events in `eventIds`
 * (a relation with an "event_id" column) by one and yields their AvailabilityChanged facts as a
 * relation for `outboxInsertSql`. Changes record it as their last step, so the version's row is locked only from there to
 * the commit: versions follow commit order, and the fact carries SeatAvailability.version.
 */
export function bumpAvailabilityVersion(eventIds: string): string {
  return `insert into "availability_version" as v ("event_id", "version") select "event_id", 1 from ${eventIds}
    on conflict ("event_id") do update set "version" = v."version" + 1
    returning "event_id"::text as "aggregate_id", jsonb_build_object('eventId', "event_id", 'version', "version") as "payload"`;
}

export function availabilityFactSql(origin: FactOrigin, source: string) {
  return outboxInsertSql(TOPICS.availability, AvailabilityEventTypes.changed, source, origin);
}

/** Records that the event's seats changed in this transaction, for the gateway's subscribers (its last statement). */
export async function recordAvailabilityChange(tx: EntityManager, eventId: string, origin: FactOrigin): Promise<void> {
  await tx.flush();
  const fact = availabilityFactSql(origin, `"change"`);
  const change = bumpAvailabilityVersion(`(select ?::uuid as "event_id") as "changed"`);
  await tx.execute(`with "change" as (${change}) ${fact.sql}`, [eventId, ...fact.params], 'run');
}
