import { PageArgs, type Page } from '@boxoffice/platform';
import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EventsContext } from '../context.js';
import { EventStatus, type Event } from '../entities/index.js';
import { EventConnection, VenueRef } from '../types/index.js';

@Resolver(() => VenueRef)
export class VenueEventsResolver {
  @FieldResolver(() => EventConnection, { description: 'Owned by events.' })
  events(
    @Root() venue: VenueRef,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('status', () => EventStatus, { nullable: true }) status: EventStatus | null,
    @Ctx() ctx: EventsContext,
  ): Promise<Page<Event>> {
    return ctx.eventPages.of('venueId', venue.id, status, page);
  }
}
