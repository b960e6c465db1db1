import {
  assertOwnerOrAdmin,
  badUserInput,
  invalidState,
  isUuid,
  notFound,
  requireViewer,
  seatUnavailable,
  validateInput,
  type ProjectionWait,
  type RequestContext,
} from '@boxoffice/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { EventProjection, HoldStatus, SeatHold } from '../entities/index.js';
import type { HoldSeatsArgs } from '../types/index.js';
import { touchAvailability } from '../messaging/outgoing.js';
import { lockEvent, lockHold } from './locks.js';
import { claimSeats, existingSeats, releaseHoldSeats } from './seat-inventory.js';

const MAX_SEATS_PER_HOLD = 10;

const holdInput = z.object({
  seatIds: z
    .array(z.string().refine(isUuid, 'must be a seat id'))
    .min(1, 'must name at least one seat')
    .max(MAX_SEATS_PER_HOLD, `must name at most ${MAX_SEATS_PER_HOLD} seats`)
    .refine((ids) => new Set(ids).size === ids.length, 'must not name a seat twice'),
});

/** Seats on sale: the event is PUBLISHED and has not started. */
export function assertOnSale(event: EventProjection): void {
  if (event.status !== 'PUBLISHED') throw invalidState(`Event is ${event.status}; seats are sold only while it is PUBLISHED`);
  if (event.startsAt.getTime() <= Date.now()) throw invalidState('Event has already started');
}

/** Holding seats (all or nothing) and releasing them. */
export class SeatHolds {
  constructor(
    private readonly holdTtlSeconds: number,
    private readonly projectionWait: ProjectionWait,
  ) {}

  async hold(ctx: RequestContext, { eventId, seatIds }: HoldSeatsArgs): Promise<SeatHold> {
    const viewer = requireViewer(ctx.auth);
    const wanted = validateInput(holdInput, { seatIds }).seatIds;
    if (!isUuid(eventId) || !(await this.onSaleSoon(ctx, eventId))) throw notFound('Event', eventId);
    return ctx.em.transactional(async (tx) => {
      const event = await lockEvent(tx, eventId);
      if (!event?.inventoryReady) throw notFound('Event', eventId);
      assertOnSale(event);
      const hold = tx.create(SeatHold, {
        eventId,
        userId: viewer.id,
        seatIds: wanted,
        expiresAt: new Date(Date.now() + this.holdTtlSeconds * 1000),
      });
      await tx.persist(hold).flush();
      // The database decides: only AVAILABLE rows change, and the event's lock orders racing holds.
      const claimed = await claimSeats(tx, eventId, wanted, hold.id);
      if (claimed.length < wanted.length) throw await refusal(tx, eventId, wanted, claimed);
      touchAvailability(tx, event, ctx.correlationId);
      return hold;
    });
  }

  /**
   * The event once its inventory exists and it is out of DRAFT, else as it is after the wait:
   * right after publishEvent the projection may still show a draft, or lack the venue's seats.
   */
  private async onSaleSoon(ctx: RequestContext, eventId: string): Promise<EventProjection | null> {
    const settled = await this.projectionWait.until(`event-settled:${eventId}`, () =>
      ctx.em.fork().findOne(EventProjection, { id: eventId, inventoryReady: true, status: { $ne: 'DRAFT' } }),
    );
    return settled ?? ctx.em.fork().findOne(EventProjection, eventId);
  }

  /** True when this call released a live hold; false when it had already ended. */
  async release(ctx: RequestContext, holdId: string): Promise<boolean> {
    requireViewer(ctx.auth);
    if (!isUuid(holdId)) throw notFound('Hold', holdId);
    return ctx.em.transactional(async (tx) => {
      const locked = await lockHold(tx, holdId);
      if (!locked) throw notFound('Hold', holdId);
      const { event, hold } = locked;
      assertOwnerOrAdmin(ctx.auth, hold.userId, 'this hold');
      if (hold.status !== HoldStatus.ACTIVE) return false;
      await releaseHoldSeats(tx, [hold.id]);
      hold.status = HoldStatus.RELEASED;
      touchAvailability(tx, event, ctx.correlationId);
      return true;
    });
  }
}

/** Why a hold failed (the transaction is rolled back): seats of another venue, or taken seats. */
async function refusal(tx: EntityManager, eventId: string, wanted: string[], claimed: string[]): Promise<Error> {
  const existing = await existingSeats(tx, eventId, wanted);
  const foreign = wanted.flatMap((id, index) => (existing.has(id) ? [] : [{ field: `seatIds[${index}]`, message: `${id} is not a seat of this event's venue` }]));
  if (foreign.length > 0) return badUserInput(foreign);
  const taken = new Set(claimed);
  return seatUnavailable(wanted.filter((id) => !taken.has(id)));
}
