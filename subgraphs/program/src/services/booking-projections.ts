import type { BookingFacts, RequestContext } from '@boxoffice/platform';
import { AgendaEntry, BookingProjection } from '../entities/index.js';

/** The program's projection of bookings: who holds a confirmed booking for which event. */
export class BookingProjections {
  /**
   * Stores the booking as the snapshot describes it. A booking that is no longer CONFIRMED
   * (cancelled, refunded) takes its customer's agenda of the event with it, unless another
   * confirmed booking for the event remains.
   */
  async record({ em }: RequestContext, facts: BookingFacts, occurredAt: string): Promise<void> {
    await em.upsert(BookingProjection, {
      id: facts.bookingId,
      eventId: facts.eventId,
      userId: facts.userId,
      status: facts.status,
      updatedAt: new Date(occurredAt),
    });
    if (facts.status === 'CONFIRMED') return;
    const stillBooked = await em.count(BookingProjection, { userId: facts.userId, eventId: facts.eventId, status: 'CONFIRMED' });
    if (stillBooked === 0) await em.nativeDelete(AgendaEntry, { userId: facts.userId, eventId: facts.eventId });
  }
}
