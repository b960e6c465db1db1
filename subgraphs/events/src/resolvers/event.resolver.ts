import { PageArgs, reference, type Page } from '@boxoffice/platform';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { EventsContext } from '../context.js';
import { Event } from '../entities/index.js';
import { EventConnection, EventFilter, SectionPrice, UserRef, VenueRef } from '../types/index.js';

@Resolver(() => Event)
export class EventResolver {
  @Query(() => Event, { nullable: true, description: 'Drafts are visible to their organizer and admins only.' })
  event(@Arg('id', () => ID) id: string, @Ctx() ctx: EventsContext): Promise<Event | null> {
    return ctx.services.catalog.visible(ctx, id);
  }

  @Query(() => EventConnection, { description: 'Anonymous callers and customers see PUBLISHED/CANCELLED/COMPLETED events only.' })
  events(
    @Arg('filter', () => EventFilter, { nullable: true }) filter: EventFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: EventsContext,
  ): Promise<Page<Event>> {
    return ctx.services.catalog.find(ctx, { filter, page });
  }

  @FieldResolver(() => [SectionPrice], { description: 'One price per section of the venue.' })
  prices(@Root() event: Event): SectionPrice[] {
    return event.prices.map(({ sectionId, priceCents }) => ({ section: reference(sectionId), priceCents }));
  }

  @FieldResolver(() => VenueRef)
  venue(@Root() event: Event): VenueRef {
    return reference(event.venueId);
  }

  @FieldResolver(() => UserRef)
  organizer(@Root() event: Event): UserRef {
    return reference(event.organizerId);
  }
}
