import { isAdmin, isUuid, notFound } from '@boxoffice/platform';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { BookingsContext } from '../context.js';
import { SeatState } from '../entities/index.js';
import { loadAvailabilities } from '../services/availability.js';
import { SeatAvailability, SeatStatus } from '../types/index.js';

/** The event's availability; an event Kafka has not delivered yet is waited for, then NOT_FOUND. */
export async function availabilityOf(ctx: BookingsContext, eventId: string): Promise<SeatAvailability> {
  if (!isUuid(eventId)) throw notFound('Event', eventId);
  const found =
    (await ctx.loaders.availability.load(eventId)) ??
    (await ctx.services.projections.value(async () => (await loadAvailabilities(ctx.em, [eventId])).get(eventId)));
  if (!found || !(await visibleTo(ctx, eventId))) throw notFound('Event', eventId);
  return found;
}

/** Drafts are their organizer's and the admins' only, here as everywhere (an unknown event to anyone else). */
async function visibleTo(ctx: BookingsContext, eventId: string): Promise<boolean> {
  const event = await ctx.loaders.event.load(eventId);
  if (event?.status !== 'DRAFT') return true;
  const viewer = ctx.auth.viewer;
  return isAdmin(viewer) || viewer?.id === event.organizerId;
}

@Resolver(() => SeatAvailability)
export class SeatAvailabilityResolver {
  @Query(() => SeatAvailability)
  seatAvailability(@Arg('eventId', () => ID) eventId: string, @Ctx() ctx: BookingsContext): Promise<SeatAvailability> {
    return availabilityOf(ctx, eventId);
  }

  @FieldResolver(() => [SeatStatus], { description: 'Per-seat states, optionally only those in one state.' })
  seats(
    @Root() availability: SeatAvailability,
    @Arg('state', () => SeatState, { nullable: true }) state: SeatState | null | undefined,
    @Ctx() ctx: BookingsContext,
  ): Promise<SeatStatus[]> {
    return ctx.loaders.seatStates.load({ eventId: availability.eventId, state });
  }
}
