import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { ProgramContext } from '../context.js';
import { Session } from '../entities/index.js';

/** The personal agenda: only for customers with a confirmed booking for the event (FORBIDDEN otherwise). */
@Resolver()
export class AgendaResolver {
  @Authorized()
  @Query(() => [Session], { description: 'The caller\'s agenda of the event, by start time. Needs a confirmed booking for it.' })
  myAgenda(@Arg('eventId', () => ID) eventId: string, @Ctx() ctx: ProgramContext): Promise<Session[]> {
    return ctx.services.agenda.mine(ctx, eventId);
  }

  @Authorized()
  @Mutation(() => Session, { description: 'Needs a confirmed booking for the session\'s event; adding it twice changes nothing.' })
  addToAgenda(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: ProgramContext): Promise<Session> {
    return ctx.services.agenda.add(ctx, sessionId);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Needs a confirmed booking for the session\'s event; false when it was not on the agenda.' })
  removeFromAgenda(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: ProgramContext): Promise<boolean> {
    return ctx.services.agenda.remove(ctx, sessionId);
  }
}
