import { byIdLoader, childrenByKey, type SubgraphContext } from '@boxoffice/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { EventProjection, Session, SessionSpeaker, Speaker } from './entities/index.js';
import type { Agenda } from './services/agenda.js';
import type { BookingProjections } from './services/booking-projections.js';
import type { EventProjections } from './services/event-projections.js';
import type { ProgramReads } from './services/program-reads.js';
import type { SessionPlanning } from './services/session-planning.js';
import type { SpeakerDirectory } from './services/speaker-directory.js';

/** The domain services of the program subgraph, shared by requests and the projection consumer. */
export interface ProgramServices {
  reads: ProgramReads;
  speakers: SpeakerDirectory;
  planning: SessionPlanning;
  agenda: Agenda;
  eventProjections: EventProjections;
  bookingProjections: BookingProjections;
}

export function createProgramLoaders(em: EntityManager) {
  return {
    event: byIdLoader(em, EventProjection),
    session: byIdLoader(em, Session),
    speaker: byIdLoader(em, Speaker),
    /** Every session of an event, by start time. */
    eventSessions: childrenByKey(em, Session, 'eventId', { orderBy: { startsAt: 'asc', id: 'asc' } }),
    /** The speaker rows of a session, in the session's order. */
    sessionSpeakers: childrenByKey(em, SessionSpeaker, 'sessionId', { orderBy: { position: 'asc' } }),
    /** The session rows of a speaker, by start time. */
    speakerSessions: childrenByKey(em, SessionSpeaker, 'speakerId', { orderBy: { startsAt: 'asc', sessionId: 'asc' } }),
  };
}
export type ProgramLoaders = ReturnType<typeof createProgramLoaders>;

export type ProgramContext = SubgraphContext<ProgramServices, ProgramLoaders>;
