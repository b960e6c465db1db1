import { reference, type Page } from '@boxoffice/platform';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { BookingsContext } from '../context.js';
import { Booking, Ticket } from '../entities/index.js';
import { BookingConnection, BookingPageArgs, CheckoutArgs, EventRef, SeatRef, UserRef } from '../types/index.js';

@Resolver(() => Booking)
export class BookingResolver {
  @Authorized()
  @Query(() => Booking, { nullable: true, description: "The booking's owner, the event's organizer, or an admin." })
  booking(@Arg('id', () => ID) id: string, @Ctx() ctx: BookingsContext): Promise<Booking | null> {
    return ctx.services.listings.byId(ctx, id);
  }

  @Authorized()
  @Query(() => BookingConnection)
  myBookings(@Args(() => BookingPageArgs) page: BookingPageArgs, @Ctx() ctx: BookingsContext): Promise<Page<Booking>> {
    return ctx.services.listings.mine(ctx, page);
  }

  @Authorized()
  @Mutation(() => Booking, {
    description: 'Turns a live hold into a PENDING_PAYMENT booking. Same idempotencyKey from the same user returns the same booking.',
  })
  checkout(@Args(() => CheckoutArgs) args: CheckoutArgs, @Ctx() ctx: BookingsContext): Promise<Booking> {
    return ctx.services.checkout.checkout(ctx, args);
  }

  @Authorized()
  @Mutation(() => Booking, {
    description: 'The owner or an admin. PENDING_PAYMENT: seats released. CONFIRMED: seats released and the payment refunded.',
  })
  cancelBooking(@Arg('id', () => ID) id: string, @Ctx() ctx: BookingsContext): Promise<Booking> {
    return ctx.services.cancellation.cancel(ctx, id);
  }

  @FieldResolver(() => EventRef)
  event(@Root() booking: Booking): EventRef {
    return reference(booking.eventId);
  }

  @FieldResolver(() => UserRef)
  user(@Root() booking: Booking): UserRef {
    return reference(booking.userId);
  }

  @FieldResolver(() => [SeatRef])
  seats(@Root() booking: Booking): SeatRef[] {
    return booking.seatIds.map(reference);
  }

  @FieldResolver(() => [Ticket], { description: 'Issued when the booking is confirmed; empty before, and again once it is cancelled or refunded.' })
  async tickets(@Root() booking: Booking, @Ctx() ctx: BookingsContext): Promise<Ticket[]> {
    const tickets = await ctx.loaders.ticketsOfBooking.load(booking.id);
    return [...tickets].sort((a, b) => booking.seatIds.indexOf(a.seatId) - booking.seatIds.indexOf(b.seatId));
  }
}
