import { PageArgs, type Page } from '@boxoffice/platform';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EventsContext } from '../context.js';
import type { Event } from '../entities/index.js';
import { EventConnection, UserRef } from '../types/index.js';

@Resolver(() => UserRef)
export class OrganizedEventsResolver {
  @FieldResolver(() => EventConnection, {
    description: 'Owned by events: events this user organizes (published ones for others, all for the organizer/admin).',
  })
  organizedEvents(@Root() user: UserRef, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: EventsContext): Promise<Page<Event>> {
    return ctx.loaders.eventPages.of(ctx.auth.viewer, 'organizerId', user.id, page);
  }
}
