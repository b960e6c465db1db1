import type { Page } from '@boxoffice/platform';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EventsContext } from '../context.js';
import type { Event } from '../entities/index.js';
import { EventConnection, EventPageArgs, VenueRef } from '../types/index.js';

@Resolver(() => VenueRef)
export class VenueEventsResolver {
  @FieldResolver(() => EventConnection, { description: 'Owned by events.' })
  events(@Root() venue: VenueRef, @Args(() => EventPageArgs) page: EventPageArgs, @Ctx() ctx: EventsContext): Promise<Page<Event>> {
    return ctx.loaders.eventPages.of(ctx.auth.viewer, 'venueId', venue.id, page);
  }
}
