import { forbidden, invalidState, isUuid, notFound, requireViewer, type ProjectionWait, type RequestContext } from '@boxoffice/platform';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ProgramContext } from '../context.js';
import { AgendaEntry, BookingProjection, Session } from '../entities/index.js';
import { canSeeProgram } from './program-visibility.js';

const noBooking = () => forbidden('Only a customer with a confirmed booking for this event may keep an agenda for it');

/**
 * A customer's personal agenda of an event's sessions, kept only while they hold a confirmed
 * booking for the event (the projection of bookings.booking; see BookingProjections).
 */
export class Agenda {
  constructor(private readonly projectionWait: ProjectionWait) {}

  async add(ctx: ProgramContext, sessionId: string): Promise<Session> {
    const userId = requireViewer(ctx.auth).id;
    const session = await this.visibleSession(ctx, sessionId);
    const event = (await ctx.loaders.event.load(session.eventId))!;
    if (event.status === 'CANCELLED') throw invalidState('The event is cancelled');
    await this.awaitConfirmation(ctx, userId, session.eventId);
    await ctx.em.transactional(async (tx) => {
      // Held until commit: a cancellation of the booking applied meanwhile waits, then removes the entry.
      if (!(await confirmedBooking(tx, userId, session.eventId, LockMode.PESSIMISTIC_READ))) throw noBooking();
      await tx.execute(
        `insert into "agenda_entry" ("user_id", "session_id", "event_id", "created_at") values (?, ?, ?, now()) on conflict do nothing`,
        [userId, session.id, session.eventId],
      );
    });
    return session;
  }

  /** True when the session was on the agenda. */
  async remove(ctx: ProgramContext, sessionId: string): Promise<boolean> {
    const userId = requireViewer(ctx.auth).id;
    const session = await this.visibleSession(ctx, sessionId);
    await this.awaitConfirmation(ctx, userId, session.eventId);
    return (await ctx.em.nativeDelete(AgendaEntry, { userId, sessionId: session.id })) > 0;
  }

  /** The caller's agenda of the event, by start time. */
  async mine(ctx: ProgramContext, eventId: string): Promise<Session[]> {
    const userId = requireViewer(ctx.auth).id;
    if (!isUuid(eventId)) throw notFound('Event', eventId);
    await this.awaitConfirmation(ctx, userId, eventId);
    const entries = await ctx.em.find(AgendaEntry, { userId, eventId });
    if (entries.length === 0) return [];
    return ctx.em.find(Session, { id: { $in: entries.map((entry) => entry.sessionId) } }, { orderBy: { startsAt: 'asc', id: 'asc' } });
  }

  private async visibleSession(ctx: ProgramContext, sessionId: string): Promise<Session> {
    const session = isUuid(sessionId) ? await ctx.loaders.session.load(sessionId) : null;
    if (!session || !canSeeProgram(ctx.auth.viewer, await ctx.loaders.event.load(session.eventId))) throw notFound('Session', sessionId);
    return session;
  }

  /**
   * FORBIDDEN unless the caller holds a confirmed booking for the event. A booking the program
   * knows as still unpaid may be confirmed by a fact on its way (payForBooking just returned),
   * so that one is waited for; without any booking the answer is immediate.
   */
  private async awaitConfirmation({ em }: RequestContext, userId: string, eventId: string): Promise<void> {
    if (await confirmedBooking(em.fork(), userId, eventId)) return;
    const pending = await em.fork().findOne(BookingProjection, { userId, eventId, status: 'PENDING_PAYMENT' });
    const confirmed = pending && (await this.projectionWait.until(`booking:${pending.id}`, () => confirmedBooking(em.fork(), userId, eventId)));
    if (!confirmed) throw noBooking();
  }
}

function confirmedBooking(em: EntityManager, userId: string, eventId: string, lockMode?: LockMode): Promise<BookingProjection | null> {
  return em.findOne(BookingProjection, { userId, eventId, status: 'CONFIRMED' }, lockMode ? { lockMode } : {});
}
