import { isUuid } from '@boxoffice/platform';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { BookingsContext } from '../context.js';
import { SeatState } from '../entities/index.js';
import { SeatAvailability, SeatStatus } from '../types/index.js';

@Resolver(() => SeatAvailability)
export class SeatAvailabilityResolver {
  @Query(() => SeatAvailability)
  seatAvailability(@Arg('eventId', () => ID) eventId: string, @Ctx() ctx: BookingsContext): Promise<SeatAvailability> {
    return ctx.services.availability.of(ctx, eventId);
  }

  @FieldResolver(() => [SeatStatus], { description: 'Per-seat states, optionally only those in one state and/or one section.' })
  seats(
    @Root() availability: SeatAvailability,
    @Arg('state', () => SeatState, { nullable: true }) state: SeatState | null | undefined,
    @Arg('sectionId', () => ID, { nullable: true, description: "Only this section's seats (an id that is not one of the venue's sections gives none)." })
    sectionId: string | null | undefined,
    @Ctx() ctx: BookingsContext,
  ): Promise<SeatStatus[]> {
    if (sectionId && !isUuid(sectionId)) return Promise.resolve([]);
    return ctx.loaders.seatStates.load({ eventId: availability.eventId, state, sectionId });
  }
}
