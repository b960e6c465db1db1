import type { BookingFacts, RequestContext } from '@boxoffice/platform';
import { BookingProjection } from '../entities/index.js';
import type { Refunds } from './refunds.js';

/** Payments' projection of bookings, and the refunds a cancellation asks for. */
export class BookingProjections {
  constructor(private readonly refunds: Refunds) {}

  /** Stores the booking as the fact describes it (every bookings.booking event is a full snapshot). */
  async record({ em }: RequestContext, facts: BookingFacts): Promise<void> {
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
   * A cancellation that asks for a refund (cancelBooking of a paid booking, cancelEvent, a
   * payment that arrived after the booking ended) gives back what is left of the booking's
   * payment: only what is left, so a replayed cancellation refunds nothing more.
   */
  async recordCancellation(ctx: RequestContext, facts: BookingFacts): Promise<void> {
    await this.record(ctx, facts);
    if (facts.refundWanted) await this.refunds.refundRemainder(ctx, facts);
  }
}
