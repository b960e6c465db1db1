import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ProgramContext } from '../context.js';
import { Session, Speaker } from '../entities/index.js';
import { EventRef } from '../types/index.js';

@Resolver(() => EventRef)
export class EventProgramResolver {
  @FieldResolver(() => [Session], { description: 'Owned by program: the sessions by start time.' })
  sessions(@Root() event: EventRef, @Ctx() ctx: ProgramContext): Promise<Session[]> {
    return ctx.services.reads.sessionsOfEvent(ctx, event.id);
  }

  @FieldResolver(() => [Speaker], { description: 'Owned by program: everyone speaking at the event, by name.' })
  speakers(@Root() event: EventRef, @Ctx() ctx: ProgramContext): Promise<Speaker[]> {
    return ctx.services.reads.speakersOfEvent(ctx, event.id);
  }
}
