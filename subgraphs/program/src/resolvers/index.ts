import { resolveStub, type ReferenceResolvers } from '@boxoffice/platform';
import type { ProgramContext } from '../context.js';
import type { Session, Speaker } from '../entities/index.js';
import { AgendaResolver } from './agenda.resolver.js';
import { EventProgramResolver } from './event-program.resolver.js';
import { SessionResolver } from './session.resolver.js';
import { SpeakerResolver } from './speaker.resolver.js';

export const resolvers = [SpeakerResolver, SessionResolver, EventProgramResolver, AgendaResolver] as const;

/**
 * Federation: speakers and sessions by id through DataLoaders, sessions with their event's
 * visibility. Event is the events subgraph's; the program only adds fields to it.
 */
export const referenceResolvers: ReferenceResolvers = {
  Speaker: {
    __resolveReference: (reference: { id: string }, ctx: ProgramContext): Promise<Speaker | null> => ctx.services.reads.speaker(ctx, reference.id),
  },
  Session: {
    __resolveReference: (reference: { id: string }, ctx: ProgramContext): Promise<Session | null> => ctx.services.reads.session(ctx, reference.id),
  },
  Event: { __resolveReference: resolveStub },
};
