import { isUuid, PageArgs, requireViewer, type Page } from '@boxoffice/platform';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { VenuesContext } from '../context.js';
import { Section, UserRef, Venue } from '../entities/index.js';
import { createVenue } from '../services/venue-registration.js';
import { findVenues } from '../services/venue-search.js';
import { updateVenue } from '../services/venue-update.js';
import { CreateVenueInput, UpdateVenueInput, VenueConnection, VenueFilter } from '../types/index.js';

/** type-graphql prints arguments in reverse parameter order; parameters are listed so the SDL matches the contract's order. */
@Resolver(() => Venue)
export class VenueResolver {
  @Query(() => Venue, { nullable: true })
  venue(@Arg('id', () => ID) id: string, @Ctx() ctx: VenuesContext): Promise<Venue | null> | null {
    return isUuid(id) ? ctx.loaders.venue.load(id) : null;
  }

  @Query(() => VenueConnection)
  venues(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => VenueFilter, { nullable: true }) filter: VenueFilter | null,
    @Ctx() ctx: VenuesContext,
  ): Promise<Page<Venue>> {
    return findVenues(ctx.em, filter, page);
  }

  @Authorized('ORGANIZER', 'ADMIN')
  @Mutation(() => Venue, { description: 'ORGANIZER or ADMIN; the caller becomes the manager.' })
  createVenue(@Arg('input', () => CreateVenueInput) input: CreateVenueInput, @Ctx() ctx: VenuesContext): Promise<Venue> {
    return createVenue(ctx.em, requireViewer(ctx.auth), ctx.correlationId, input);
  }

  @Authorized('ORGANIZER', 'ADMIN')
  @Mutation(() => Venue, { description: 'The manager or an admin.' })
  updateVenue(
    @Arg('input', () => UpdateVenueInput) input: UpdateVenueInput,
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: VenuesContext,
  ): Promise<Venue> {
    return updateVenue(ctx.em, ctx.auth, ctx.correlationId, id, input);
  }

  @FieldResolver(() => [Section])
  sections(@Root() venue: Venue, @Ctx() ctx: VenuesContext): Promise<Section[]> {
    return ctx.loaders.sectionsOfVenue.load(venue.id);
  }

  @FieldResolver(() => UserRef, { description: 'The organizer or admin who manages this venue.' })
  manager(@Root() venue: Venue): UserRef {
    return { id: venue.managerId };
  }
}
