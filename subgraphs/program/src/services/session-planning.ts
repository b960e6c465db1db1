import {
  assertOwnerOrAdmin,
  badUserInput,
  invalidState,
  isUuid,
  notFound,
  recordEvents,
  SessionEventTypes,
  validateInput,
  type ProjectionWait,
  type RequestContext,
} from '@boxoffice/platform';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AgendaEntry, EventProjection, Session, SessionSpeaker, Speaker } from '../entities/index.js';
import { sessionEvent, type SessionPlace } from '../messaging/outgoing.js';
import type { AddSessionArgs, UpdateSessionArgs } from '../types/index.js';
import { refusingOverlaps } from './overlaps.js';
import { SESSIONS_PER_EVENT } from './program-limits.js';
import { isProgramClosed } from './program-visibility.js';
import { givenChanges, newSessionRules, sessionChangeRules, timeProblems } from './session-rules.js';

/**
 * Adding, changing and removing sessions: the event's organizer or an admin, while the event is
 * a draft or published. Each change locks the event's row, so a cancellation applied meanwhile
 * waits for it, and changes to a published program are recorded on `program.session`. Overlaps
 * are the exclusion constraints' to refuse: a speaker's sessions race across events.
 */
export class SessionPlanning {
  constructor(private readonly projectionWait: ProjectionWait) {}

  async add(ctx: RequestContext, { eventId, input }: AddSessionArgs): Promise<Session> {
    const { speakerIds, ...fields } = validateInput(newSessionRules, input);
    assertOwnerOrAdmin(ctx.auth, (await this.knownEvent(ctx, eventId)).organizerId, 'this event');
    return refusingOverlaps(() =>
      ctx.em.transactional(async (tx) => {
        // Exclusively: parallel additions to one event take turns, so the count below is exact.
        assertWithinEvent(await lockOpenEvent(tx, eventId, LockMode.PESSIMISTIC_WRITE), fields);
        if ((await tx.count(Session, { eventId })) >= SESSIONS_PER_EVENT) {
          throw badUserInput([{ field: 'eventId', message: `already has the most sessions an event may have (${SESSIONS_PER_EVENT})` }]);
        }
        await assertSpeakersExist(tx, speakerIds);
        const session = tx.create(Session, { ...fields, eventId });
        await tx.persist(session).flush();
        await writeSpeakers(tx, session, speakerIds);
        return session;
      }),
    );
  }

  async update(ctx: RequestContext, { id, input }: UpdateSessionArgs): Promise<Session> {
    const { speakerIds, ...changes } = validateInput(sessionChangeRules, givenChanges(input));
    const session = await this.ownSession(ctx, id);
    return refusingOverlaps(() =>
      ctx.em.transactional(async (tx) => {
        const event = await lockOpenEvent(tx, session.eventId);
        const locked = await tx.findOneOrFail(Session, id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
        const previous: SessionPlace = { startsAt: locked.startsAt, endsAt: locked.endsAt, room: locked.room };
        tx.assign(locked, changes);
        assertWithinEvent(event, locked);
        if (speakerIds) await assertSpeakersExist(tx, speakerIds);
        await tx.flush();
        const moved = locked.startsAt.getTime() !== previous.startsAt.getTime() || locked.endsAt.getTime() !== previous.endsAt.getTime();
        if (speakerIds || moved) await writeSpeakers(tx, locked, speakerIds ?? (await currentSpeakerIds(tx, locked.id)));
        const change = moved ? SessionEventTypes.moved : locked.room !== previous.room ? SessionEventTypes.roomChanged : undefined;
        if (change && event.status === 'PUBLISHED') {
          recordEvents(tx, ctx, [sessionEvent(change, locked, previous, await agendaUserIds(tx, locked.id))]);
        }
        return locked;
      }),
    );
  }

  async remove(ctx: RequestContext, id: string): Promise<boolean> {
    const session = await this.ownSession(ctx, id);
    return ctx.em.transactional(async (tx) => {
      const event = await lockOpenEvent(tx, session.eventId);
      const locked = await tx.findOne(Session, id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (!locked) return false;
      if (event.status === 'PUBLISHED') {
        recordEvents(tx, ctx, [sessionEvent(SessionEventTypes.removed, locked, locked, await agendaUserIds(tx, locked.id))]);
      }
      // Its speakers' rows and agenda entries go with it (on delete cascade).
      await tx.nativeDelete(Session, { id: locked.id });
      return true;
    });
  }

  /** The event as the projection knows it, waiting briefly for a fact still on its way (createEvent just before). */
  private async knownEvent(ctx: RequestContext, eventId: string): Promise<EventProjection> {
    const event = isUuid(eventId)
      ? await this.projectionWait.until(`event:${eventId}`, () => ctx.em.fork().findOne(EventProjection, eventId))
      : undefined;
    if (!event) throw notFound('Event', eventId);
    return event;
  }

  /** The session, if the caller organizes its event or is an admin. */
  private async ownSession(ctx: RequestContext, id: string): Promise<Session> {
    const session = isUuid(id) ? await ctx.em.findOne(Session, id) : null;
    if (!session) throw notFound('Session', id);
    const event = await ctx.em.findOneOrFail(EventProjection, session.eventId);
    assertOwnerOrAdmin(ctx.auth, event.organizerId, "this session's event");
    return session;
  }
}

async function lockOpenEvent(tx: EntityManager, eventId: string, lockMode = LockMode.PESSIMISTIC_READ): Promise<EventProjection> {
  const event = await tx.findOneOrFail(EventProjection, eventId, { lockMode, refresh: true });
  if (isProgramClosed(event)) throw invalidState(`The program of a ${event.status} event cannot change`);
  return event;
}

function assertWithinEvent(event: EventProjection, { startsAt, endsAt }: { startsAt: Date; endsAt: Date }): void {
  const problems = timeProblems(event, startsAt, endsAt);
  if (problems.length > 0) throw badUserInput(problems);
}

async function assertSpeakersExist(tx: EntityManager, speakerIds: string[]): Promise<void> {
  if (speakerIds.length === 0) return;
  const known = new Set((await tx.find(Speaker, { id: { $in: speakerIds } }, { fields: ['id'] })).map((speaker) => speaker.id));
  const problems = speakerIds.flatMap((speakerId, index) => (known.has(speakerId) ? [] : [{ field: `speakerIds[${index}]`, message: 'is not a speaker' }]));
  if (problems.length > 0) throw badUserInput(problems);
}

async function currentSpeakerIds(tx: EntityManager, sessionId: string): Promise<string[]> {
  return (await tx.find(SessionSpeaker, { sessionId }, { orderBy: { position: 'asc' } })).map((row) => row.speakerId);
}

/**
 * Replaces the session's speaker rows, each carrying the session's times for the overlap
 * constraint. Inserted in speaker id order, so parallel changes sharing speakers wait for each
 * other instead of deadlocking.
 */
async function writeSpeakers(tx: EntityManager, session: Session, speakerIds: string[]): Promise<void> {
  await tx.nativeDelete(SessionSpeaker, { sessionId: session.id });
  if (speakerIds.length === 0) return;
  const rows = speakerIds.map((speakerId, position) => ({ sessionId: session.id, speakerId, position, startsAt: session.startsAt, endsAt: session.endsAt }));
  await tx.insertMany(SessionSpeaker, rows.sort((a, b) => a.speakerId.localeCompare(b.speakerId)));
}

async function agendaUserIds(tx: EntityManager, sessionId: string): Promise<string[]> {
  return (await tx.find(AgendaEntry, { sessionId }, { orderBy: { userId: 'asc' } })).map((entry) => entry.userId);
}
