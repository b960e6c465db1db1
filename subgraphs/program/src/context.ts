import { byIdLoader, childrenLoader, type SubgraphContext } from '@boxoffice/platform';
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
    eventSessions: childrenLoader(
      (eventIds) => em.find(Session, { eventId: { $in: [...eventIds] } }, { orderBy: { startsAt: 'asc', id: 'asc' } }),
      (session) => session.eventId,
    ),
    /** The speaker rows of a session, in the session's order. */
    sessionSpeakers: childrenLoader(
      (sessionIds) => em.find(SessionSpeaker, { sessionId: { $in: [...sessionIds] } }, { orderBy: { position: 'asc' } }),
      (row) => row.sessionId,
    ),
    /** The session rows of a speaker, by start time. */
    speakerSessions: childrenLoader(
      (speakerIds) => em.find(SessionSpeaker, { speakerId: { $in: [...speakerIds] } }, { orderBy: { startsAt: 'asc', sessionId: 'asc' } }),
      (row) => row.speakerId,
    ),
  };
}
export type ProgramLoaders = ReturnType<typeof createProgramLoaders>;

export type ProgramContext = SubgraphContext<ProgramServices, ProgramLoaders>;
