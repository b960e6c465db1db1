import { TOPICS, type OutgoingEvent, type SessionEventType, type SessionFacts } from '@boxoffice/platform';
import type { Session } from '../entities/index.js';

export interface SessionPlace {
  startsAt: Date;
  endsAt: Date;
  room?: string | null;
}

/** A change of a published session, as published on `program.session`. */
export function sessionEvent(type: SessionEventType, session: Session, previous: SessionPlace, agendaUserIds: string[]): OutgoingEvent {
  const payload: SessionFacts = {
    sessionId: session.id,
    eventId: session.eventId,
    title: session.title,
    startsAt: session.startsAt.toISOString(),
    endsAt: session.endsAt.toISOString(),
    room: session.room ?? null,
    previous: { startsAt: previous.startsAt.toISOString(), endsAt: previous.endsAt.toISOString(), room: previous.room ?? null },
    agendaUserIds,
  };
  return { topic: TOPICS.session, type, aggregateId: session.id, payload };
}
