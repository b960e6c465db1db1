import { reference } from '@boxoffice/platform';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ProgramContext } from '../context.js';
import { Session, Speaker } from '../entities/index.js';
import { AddSessionArgs, EventRef, UpdateSessionArgs } from '../types/index.js';

@Resolver(() => Session)
export class SessionResolver {
  @Query(() => Session, { nullable: true, description: "Sessions of drafts are visible to the event's organizer and admins only." })
  session(@Arg('id', () => ID) id: string, @Ctx() ctx: ProgramContext): Promise<Session | null> {
    return ctx.services.reads.session(ctx, id);
  }

  @Authorized()
  @Mutation(() => Session, {
    description:
      "The event's organizer or an admin, while the event is DRAFT or PUBLISHED. Within the event's times; " +
      'a room holds one session at a time, a speaker speaks in one session at a time (across events).',
  })
  addSession(@Args(() => AddSessionArgs) args: AddSessionArgs, @Ctx() ctx: ProgramContext): Promise<Session> {
    return ctx.services.planning.add(ctx, args);
  }

  @Authorized()
  @Mutation(() => Session, { description: 'The rules of addSession; moving or re-rooming a session of a published event is announced.' })
  updateSession(@Args(() => UpdateSessionArgs) args: UpdateSessionArgs, @Ctx() ctx: ProgramContext): Promise<Session> {
    return ctx.services.planning.update(ctx, args);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "The event's organizer or an admin; false when the session was already gone." })
  removeSession(@Arg('id', () => ID) id: string, @Ctx() ctx: ProgramContext): Promise<boolean> {
    return ctx.services.planning.remove(ctx, id);
  }

  @FieldResolver(() => EventRef)
  event(@Root() session: Session): EventRef {
    return reference(session.eventId);
  }

  @FieldResolver(() => [Speaker], { description: 'In the order the organizer gave.' })
  speakers(@Root() session: Session, @Ctx() ctx: ProgramContext): Promise<Speaker[]> {
    return ctx.services.reads.speakersOfSession(ctx, session.id);
  }
}
