import { findPage, isUuid, type Page } from '@boxoffice/platform';
import { Args, Authorized, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { BookingsContext } from '../context.js';
import { Booking } from '../entities/index.js';
import { assertOrganizerOrAdmin } from '../services/booking-access.js';
import { BookingConnection, BookingPageArgs, emptyPage, EventRef, NEWEST_FIRST, SeatAvailability } from '../types/index.js';
import { availabilityOf } from './availability.resolver.js';

/** Bookings' fields on the events subgraph's Event. */
@Resolver(() => EventRef)
export class EventFieldsResolver {
  @FieldResolver(() => SeatAvailability, { description: 'Owned by bookings: live seat counts and per-seat states.' })
  seatAvailability(@Root() event: EventRef, @Ctx() ctx: BookingsContext): Promise<SeatAvailability> {
    return availabilityOf(ctx, event.id);
  }

  @Authorized()
  @Directive('@authenticated')
  @FieldResolver(() => BookingConnection, { description: "Owned by bookings: the event's bookings; organizer of the event or admin only." })
  async bookings(
    @Root() event: EventRef,
    @Args(() => BookingPageArgs) { status, ...page }: BookingPageArgs,
    @Ctx() ctx: BookingsContext,
  ): Promise<Page<Booking>> {
    const known = isUuid(event.id) ? await ctx.loaders.event.load(event.id) : null;
    // Bookings need the event's projection, so an event bookings has not seen has none.
    if (!known) return emptyPage();
    assertOrganizerOrAdmin(ctx.auth, known.organizerId, "list this event's bookings");
    return findPage(ctx.em, Booking, { eventId: event.id, ...(status ? { status } : {}) }, NEWEST_FIRST, page);
  }
}
