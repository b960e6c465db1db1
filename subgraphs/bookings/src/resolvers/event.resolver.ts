import type { Page } from '@boxoffice/platform';
import { Args, Authorized, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { BookingsContext } from '../context.js';
import { PromoCode, type Booking } from '../entities/index.js';
import { BookingConnection, BookingPageArgs, EventRef, SeatAvailability } from '../types/index.js';

/** Bookings' fields on the events subgraph's Event. */
@Resolver(() => EventRef)
export class EventFieldsResolver {
  @FieldResolver(() => SeatAvailability, { description: 'Owned by bookings: live seat counts and per-seat states.' })
  seatAvailability(@Root() event: EventRef, @Ctx() ctx: BookingsContext): Promise<SeatAvailability> {
    return ctx.services.availability.of(ctx, event.id);
  }

  @Authorized()
  @Directive('@authenticated')
  @FieldResolver(() => BookingConnection, { description: "Owned by bookings: the event's bookings; organizer of the event or admin only." })
  bookings(@Root() event: EventRef, @Args(() => BookingPageArgs) page: BookingPageArgs, @Ctx() ctx: BookingsContext): Promise<Page<Booking>> {
    return ctx.services.listings.ofEvent(ctx, { eventId: event.id, page });
  }

  @Authorized()
  @Directive('@authenticated')
  @FieldResolver(() => [PromoCode], { description: "Owned by bookings: the event's promo codes, oldest first; organizer of the event or admin only." })
  promoCodes(@Root() event: EventRef, @Ctx() ctx: BookingsContext): Promise<PromoCode[]> {
    return ctx.services.promoCodes.ofEvent(ctx, event.id);
  }
}
