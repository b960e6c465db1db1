import { isUuid, PageArgs, reference, type Page } from '@boxoffice/platform';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { VenuesContext } from '../context.js';
import { Section, Venue } from '../entities/index.js';
import { CreateVenueInput, UpdateVenueArgs, UserRef, VenueConnection, VenueFilter } from '../types/index.js';

/** type-graphql prints separate arguments in reverse parameter order: `venues` lists its parameters so the SDL keeps the contract's (filter, first, after). */
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
    return ctx.services.search.find(ctx, { filter, page });
  }

  @Authorized('ORGANIZER', 'ADMIN')
  @Mutation(() => Venue, { description: 'ORGANIZER or ADMIN; the caller becomes the manager.' })
  createVenue(@Arg('input', () => CreateVenueInput) input: CreateVenueInput, @Ctx() ctx: VenuesContext): Promise<Venue> {
    return ctx.services.registration.create(ctx, input);
  }

  @Authorized('ORGANIZER', 'ADMIN')
  @Mutation(() => Venue, { description: 'The manager or an admin.' })
  updateVenue(@Args(() => UpdateVenueArgs) args: UpdateVenueArgs, @Ctx() ctx: VenuesContext): Promise<Venue> {
    return ctx.services.update.apply(ctx, args);
  }

  @FieldResolver(() => [Section])
  sections(@Root() venue: Venue, @Ctx() ctx: VenuesContext): Promise<Section[]> {
    return ctx.loaders.sectionsOfVenue.load(venue.id);
  }

  @FieldResolver(() => UserRef, { description: 'The organizer or admin who manages this venue.' })
  manager(@Root() venue: Venue): UserRef {
    return reference(venue.managerId);
  }
}
