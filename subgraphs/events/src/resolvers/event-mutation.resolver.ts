import { Arg, Args, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { EventsContext } from '../context.js';
import { Event } from '../entities/index.js';
import { CancelEventArgs, CreateEventInput, UpdateEventArgs } from '../types/index.js';

/** ORGANIZER or ADMIN; only the event's organizer or an admin may change an event. */
@Resolver(() => Event)
export class EventMutationResolver {
  @Authorized('ORGANIZER', 'ADMIN')
  @Mutation(() => Event, { description: 'The caller becomes the organizer; organizers only at venues they manage.' })
  createEvent(@Arg('input', () => CreateEventInput) input: CreateEventInput, @Ctx() ctx: EventsContext): Promise<Event> {
    return ctx.services.lifecycle.create(ctx, input);
  }

  @Authorized('ORGANIZER', 'ADMIN')
  @Mutation(() => Event, { description: 'DRAFT events fully; PUBLISHED events: title, description, and times.' })
  updateEvent(@Args(() => UpdateEventArgs) args: UpdateEventArgs, @Ctx() ctx: EventsContext): Promise<Event> {
    return ctx.services.lifecycle.update(ctx, args);
  }

  @Authorized('ORGANIZER', 'ADMIN')
  @Mutation(() => Event, { description: 'DRAFT -> PUBLISHED: every section priced, startsAt in the future; seats go on sale.' })
  publishEvent(@Arg('id', () => ID) id: string, @Ctx() ctx: EventsContext): Promise<Event> {
    return ctx.services.lifecycle.publish(ctx, id);
  }

  @Authorized('ORGANIZER', 'ADMIN')
  @Mutation(() => Event, { description: 'DRAFT/PUBLISHED -> CANCELLED: open holds released, bookings cancelled, paid ones refunded.' })
  cancelEvent(@Args(() => CancelEventArgs) args: CancelEventArgs, @Ctx() ctx: EventsContext): Promise<Event> {
    return ctx.services.lifecycle.cancel(ctx, args);
  }
}
