import { reference } from '@boxoffice/platform';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { BookingsContext } from '../context.js';
import { SeatHold } from '../entities/index.js';
import { EventRef, HoldSeatsArgs, Price, SeatRef, UserRef } from '../types/index.js';

@Resolver(() => SeatHold)
export class HoldResolver {
  @Authorized()
  @Mutation(() => SeatHold, {
    description: 'All or nothing: either every seat is held for the caller or none is (SEAT_UNAVAILABLE). At most 10 seats.',
  })
  holdSeats(@Args(() => HoldSeatsArgs) args: HoldSeatsArgs, @Ctx() ctx: BookingsContext): Promise<SeatHold> {
    return ctx.services.holds.hold(ctx, args);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'True when the hold was live and is now released; false when it had already ended.' })
  releaseHold(@Arg('holdId', () => ID) holdId: string, @Ctx() ctx: BookingsContext): Promise<boolean> {
    return ctx.services.holds.release(ctx, holdId);
  }

  @FieldResolver(() => EventRef)
  event(@Root() hold: SeatHold): EventRef {
    return reference(hold.eventId);
  }

  @FieldResolver(() => UserRef)
  user(@Root() hold: SeatHold): UserRef {
    return reference(hold.userId);
  }

  @FieldResolver(() => [SeatRef])
  seats(@Root() hold: SeatHold): SeatRef[] {
    return hold.seatIds.map(reference);
  }

  @FieldResolver(() => Price, { description: 'What checkout would charge, with promoCode if given; a code checkout would refuse is refused here alike (BAD_USER_INPUT).' })
  price(
    @Root() hold: SeatHold,
    @Arg('promoCode', () => String, { nullable: true }) promoCode: string | null | undefined,
    @Ctx() ctx: BookingsContext,
  ): Promise<Price> {
    return ctx.services.promoCodes.priceOfHold(ctx, { hold, promoCode });
  }
}
