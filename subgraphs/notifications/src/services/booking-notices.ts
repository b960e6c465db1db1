import { BookingEventTypes, type BookingFacts, type RequestContext } from '@boxoffice/platform';
import { BookingProjection, EventProjection, NotificationCategory, NotificationKind, VenueProjection } from '../entities/index.js';
import type { EventNotices } from './event-notices.js';
import { formatMoney, formatTime } from './mail-format.js';
import type { Notifier } from './notifier.js';

/**
 * Keeps who holds which booking, and tells customers about theirs: confirmed (with the
 * tickets), cancelled, expired. A cancellation caused by the event's cancellation is the
 * event's notice, given here when the event's fact came first and by that fact otherwise; a
 * refund is told by payments' fact (see RefundNotices).
 */
export class BookingNotices {
  constructor(
    private readonly notifier: Notifier,
    private readonly eventNotices: EventNotices,
  ) {}

  async record(ctx: RequestContext, { type, facts }: { type: string; facts: BookingFacts }): Promise<void> {
    const { em } = ctx;
    const known = await em.findOne(BookingProjection, facts.bookingId);
    await em.upsert(BookingProjection, {
      id: facts.bookingId,
      eventId: facts.eventId,
      userId: facts.userId,
      status: facts.status,
      totalCents: facts.totalCents,
      currency: facts.currency,
      tickets: facts.tickets ?? known?.tickets ?? null,
      cancelledWithEvent: facts.eventCancelled === true || known?.cancelledWithEvent === true,
    });
    const event = await em.findOne(EventProjection, facts.eventId);
    if (type === BookingEventTypes.confirmed) await this.confirmed(ctx, facts, event);
    else if (type === BookingEventTypes.expired) await this.ended(ctx, facts, event, NotificationKind.BOOKING_EXPIRED, 'expired before it was paid');
    else if (type === BookingEventTypes.cancelled && facts.status === 'CANCELLED') {
      if (event?.status === 'CANCELLED') await this.eventNotices.tell(ctx, { eventId: facts.eventId, userId: facts.userId, reason: event.cancellationReason ?? null });
      else if (!facts.eventCancelled) await this.ended(ctx, facts, event, NotificationKind.BOOKING_CANCELLED, 'is cancelled');
    }
  }

  private async confirmed(ctx: RequestContext, facts: BookingFacts, event: EventProjection | null): Promise<void> {
    const venue = event ? await ctx.em.findOne(VenueProjection, event.venueId) : null;
    const title = event?.title ?? 'your event';
    const tickets = (facts.tickets ?? []).map(({ code, seatLabel }) => ({ code, seatLabel }));
    await this.notifier.notify(ctx, {
      userId: facts.userId,
      category: NotificationCategory.BOOKINGS,
      kind: NotificationKind.BOOKING_CONFIRMED,
      dedupeKey: `booking-confirmed:${facts.bookingId}`,
      title: `Your tickets for ${title}`,
      body: `Booking confirmed: ${tickets.length} ticket(s) for ${title} (${tickets.map((ticket) => ticket.seatLabel).join(', ')}).`,
      mail: {
        data: {
          bookingId: facts.bookingId,
          event: title,
          venue: venue ? `${venue.name}, ${venue.city}` : null,
          startsAt: event ? formatTime(event.startsAt) : null,
          endsAt: event ? formatTime(event.endsAt) : null,
          total: formatMoney(facts.totalCents, facts.currency),
          tickets,
        },
      },
    });
  }

  private async ended(ctx: RequestContext, facts: BookingFacts, event: EventProjection | null, kind: NotificationKind, what: string): Promise<void> {
    const title = event?.title ?? 'your event';
    await this.notifier.notify(ctx, {
      userId: facts.userId,
      category: NotificationCategory.BOOKINGS,
      kind,
      dedupeKey: `${kind}:${facts.bookingId}`,
      title: `Your booking for ${title} ${what}`,
      body: `Your booking for ${title} ${what}.`,
      mail: { data: { bookingId: facts.bookingId, event: title, startsAt: event ? formatTime(event.startsAt) : null } },
    });
  }
}
