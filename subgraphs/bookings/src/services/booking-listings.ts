import { findPage, forbidden, isUuid, ownsOrAdmin, requireViewer, type Page, type PageArgs, type RequestContext } from '@boxoffice/platform';
import type { OrderDefinition } from '@mikro-orm/core';
import type { BookingsContext } from '../context.js';
import { Booking, type BookingStatus } from '../entities/index.js';
import { assertMayReadBooking, assertOrganizerOrAdmin } from './booking-access.js';

/** Lists of bookings show the newest first; id breaks ties so the keyset order is total. */
const NEWEST_FIRST: OrderDefinition<Booking> = { createdAt: 'desc', id: 'desc' };

const emptyPage = <T>(): Page<T> => ({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 });

type StatusPage = PageArgs & { status?: BookingStatus | null };

/** Reading bookings: one by id, and the lists of a caller, a user and an event. */
export class BookingListings {
  /** The booking for its owner, the event's organizer or an admin; null when unknown. */
  async byId(ctx: BookingsContext, id: string): Promise<Booking | null> {
    const booking = isUuid(id) ? await ctx.loaders.booking.load(id) : null;
    return booking && assertMayReadBooking(ctx.auth, booking);
  }

  mine(ctx: RequestContext, { status, ...page }: StatusPage): Promise<Page<Booking>> {
    const viewer = requireViewer(ctx.auth);
    return findPage(ctx.em, Booking, { userId: viewer.id, ...(status ? { status } : {}) }, NEWEST_FIRST, page);
  }

  /** Only the user themself or an admin. */
  ofUser(ctx: RequestContext, { userId, page }: { userId: string; page: PageArgs }): Promise<Page<Booking>> {
    if (!ownsOrAdmin(ctx.auth.viewer, userId)) throw forbidden("Only the user themself or an admin may see a user's bookings");
    return findPage(ctx.em, Booking, { userId }, NEWEST_FIRST, page);
  }

  /** The event's organizer or an admin; an event bookings has not seen has none. */
  async ofEvent(ctx: BookingsContext, { eventId, page: { status, ...page } }: { eventId: string; page: StatusPage }): Promise<Page<Booking>> {
    const known = isUuid(eventId) ? await ctx.loaders.event.load(eventId) : null;
    if (!known) return emptyPage();
    assertOrganizerOrAdmin(ctx.auth, known.organizerId, "list this event's bookings");
    return findPage(ctx.em, Booking, { eventId, ...(status ? { status } : {}) }, NEWEST_FIRST, page);
  }
}
