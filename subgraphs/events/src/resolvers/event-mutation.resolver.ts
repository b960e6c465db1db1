import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { EventsContext } from '../context.js';
import { Event } from '../entities/index.js';
import { CreateEventInput, UpdateEventInput } from '../types/index.js';

/** ORGANIZER or ADMIN; only the event's organizer or an admin may change an event. */
@Resolver(() => Event)
export class EventMutationResolver {
  @Authorized('ORGANIZER', 'ADMIN')
  @Mutation(() => Event, { description: 'The caller becomes the organizer; organizers only at venues they manage.' })
  createEvent(@Arg('input', () => CreateEventInput) input: CreateEventInput, @Ctx() ctx: EventsContext): Promise<Event> {
    return ctx.lifecycle.create(ctx, input);
  }

  @Authorized('ORGANIZER', 'ADMIN')
  @Mutation(() => Event, { description: 'DRAFT events fully; PUBLISHED events: title, description, and times.' })
  updateEvent(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateEventInput) input: UpdateEventInput,
    @Ctx() ctx: EventsContext,
  ): Promise<Event> {
    return ctx.lifecycle.update(ctx, id, input);
  }

  @Authorized('ORGANIZER', 'ADMIN')
  @Mutation(() => Event, { description: 'DRAFT -> PUBLISHED: every section priced, startsAt in the future; seats go on sale.' })
  publishEvent(@Arg('id', () => ID) id: string, @Ctx() ctx: EventsContext): Promise<Event> {
    return ctx.lifecycle.publish(ctx, id);
  }

  @Authorized('ORGANIZER', 'ADMIN')
  @Mutation(() => Event, { description: 'DRAFT/PUBLISHED -> CANCELLED: open holds released, bookings cancelled, paid ones refunded.' })
  cancelEvent(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: EventsContext,
  ): Promise<Event> {
    return ctx.lifecycle.cancel(ctx, id, reason);
  }
}
