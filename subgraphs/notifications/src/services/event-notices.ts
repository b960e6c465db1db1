import type { EventFacts, RequestContext } from '@boxoffice/platform';
import { BookingProjection, EventProjection, NotificationCategory, NotificationKind, VenueProjection } from '../entities/index.js';
import { formatTime } from './mail-format.js';
import type { Notifier } from './notifier.js';

const LIVE_STATUSES = ['PENDING_PAYMENT', 'CONFIRMED'] as const;

/**
 * An event's cancellation, told once to every person who held a live booking of it, however
 * many bookings they held and whether the event's or a booking's fact arrives first (both use
 * the same notice key; a booking already cancelled with the event still counts).
 */
export class EventNotices {
  constructor(private readonly notifier: Notifier) {}

  async cancelled(ctx: RequestContext, facts: EventFacts): Promise<void> {
    const bookings = await ctx.em.find(BookingProjection, {
      eventId: facts.eventId,
      $or: [{ status: { $in: [...LIVE_STATUSES] } }, { cancelledWithEvent: true }],
    });
    for (const userId of new Set(bookings.map((booking) => booking.userId))) {
      await this.tell(ctx, { eventId: facts.eventId, userId, reason: facts.cancellationReason ?? null });
    }
  }

  /** Tells `userId` that the event is cancelled, unless they heard already. */
  async tell(ctx: RequestContext, { eventId, userId, reason }: { eventId: string; userId: string; reason: string | null }): Promise<void> {
    const event = await ctx.em.findOne(EventProjection, eventId);
    const venue = event ? await ctx.em.findOne(VenueProjection, event.venueId) : null;
    const title = event?.title ?? 'An event';
    await this.notifier.notify(ctx, {
      userId,
      category: NotificationCategory.EVENTS,
      kind: NotificationKind.EVENT_CANCELLED,
      dedupeKey: `event-cancelled:${eventId}:${userId}`,
      title: `Cancelled: ${title}`,
      body: `${title} is cancelled. Your bookings of it are cancelled and paid ones refunded.`,
      mail: {
        data: {
          event: title,
          venue: venue ? `${venue.name}, ${venue.city}` : null,
          startsAt: event ? formatTime(event.startsAt) : null,
          reason,
        },
      },
    });
  }
}
