import { BookingEventTypes, type BookingFacts, type ProjectionHandler, type ProjectionHandlers } from '@boxoffice/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BookingProjection } from '../entities/index.js';
import type { Refunds } from '../services/refunds.js';

/** Stores the booking as the event describes it (every bookings.booking event is a full snapshot). */
async function upsertBooking(em: EntityManager, facts: BookingFacts): Promise<void> {
  await em.upsert(BookingProjection, {
    id: facts.bookingId,
    eventId: facts.eventId,
    userId: facts.userId,
    organizerId: facts.organizerId,
    status: facts.status,
    totalCents: facts.totalCents,
    currency: facts.currency,
    paymentDueAt: facts.paymentDueAt ? new Date(facts.paymentDueAt) : null,
    updatedAt: new Date(),
  });
}

/**
 * Handlers for `bookings.booking`. Besides keeping the projection, a cancellation that asks for
 * a refund (cancelBooking of a paid booking, cancelEvent, a payment that arrived after the
 * booking ended) gives back what is left of the booking's payment: only what is left, so a
 * replayed cancellation refunds nothing more.
 */
export function bookingProjectionHandlers(refunds: Refunds): ProjectionHandlers {
  const project: ProjectionHandler = (event, em) => upsertBooking(em, event.payload as BookingFacts);
  const projectAndRefund: ProjectionHandler = async (event, em) => {
    const facts = event.payload as BookingFacts;
    await upsertBooking(em, facts);
    if (facts.refundWanted) await refunds.refundRemainder(em, facts.bookingId, event.correlationId);
  };
  return {
    [BookingEventTypes.created]: project,
    [BookingEventTypes.confirmed]: project,
    [BookingEventTypes.expired]: project,
    [BookingEventTypes.refunded]: project,
    [BookingEventTypes.cancelled]: projectAndRefund,
  };
}
