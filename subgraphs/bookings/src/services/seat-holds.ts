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
import { z } from 'zod';
import { EventProjection, HoldStatus, SeatHold } from '../entities/index.js';
import { recordAvailabilityChange } from '../messaging/outgoing.js';
import type { HoldSeatsArgs } from '../types/index.js';
import { uncountSeats } from './customer-seats.js';
import { lockHold } from './locks.js';
import { claimSeats, type ClaimOutcome } from './seat-claim.js';
import { releaseHoldSeats } from './seat-inventory.js';

const MAX_SEATS_PER_HOLD = 10;

const holdInput = z.object({
  seatIds: z
    .array(z.string().refine(isUuid, 'must be a seat id'))
    .min(1, 'must name at least one seat')
    .max(MAX_SEATS_PER_HOLD, `must name at most ${MAX_SEATS_PER_HOLD} seats`)
    .refine((ids) => new Set(ids).size === ids.length, 'must not name a seat twice'),
});

/** Seats on sale: the event is PUBLISHED and has not started. */
export function assertOnSale(event: Pick<EventProjection, 'status' | 'startsAt'>): void {
  assertStatusOnSale(event.status, event.startsAt.getTime() > Date.now());
}

function assertStatusOnSale(status: string, upcoming: boolean): void {
  if (status !== 'PUBLISHED') throw invalidState(`Event is ${status}; seats are sold only while it is PUBLISHED`);
  if (!upcoming) throw invalidState('Event has already started');
}

export interface SeatHoldsSettings {
  holdTtlSeconds: number;
  /** At most this many seats of one event per customer in live holds and unpaid bookings; 0: no cap. */
  maxSeatsPerCustomer: number;
}

/** Holding seats (all or nothing) and releasing them. */
export class SeatHolds {
  private readonly cap: number;

  constructor(
    private readonly settings: SeatHoldsSettings,
    private readonly projectionWait: ProjectionWait,
  ) {
    this.cap = settings.maxSeatsPerCustomer === 0 ? 2 ** 31 - 1 : settings.maxSeatsPerCustomer;
  }

  async hold(ctx: RequestContext, { eventId, seatIds }: HoldSeatsArgs): Promise<SeatHold> {
    const viewer = requireViewer(ctx.auth);
    const wanted = validateInput(holdInput, { seatIds }).seatIds;
    if (!isUuid(eventId)) throw notFound('Event', eventId);
    const hold = Object.assign(new SeatHold(), {
      eventId,
      userId: viewer.id,
      seatIds: wanted,
      expiresAt: new Date(Date.now() + this.settings.holdTtlSeconds * 1000),
    });
    let outcome = await claimSeats(ctx.em, hold, this.cap, ctx);
    if (outcome.status === null || outcome.status === 'DRAFT') {
      // Right after publishEvent the projection may still show a draft, or lack the venue's seats.
      const settled = await this.projectionWait.until(`event-settled:${eventId}`, () =>
        ctx.em.fork().findOne(EventProjection, { id: eventId, inventoryReady: true, status: { $ne: 'DRAFT' } }),
      );
      if (!settled && !(await ctx.em.fork().findOne(EventProjection, { id: eventId, inventoryReady: true }))) throw notFound('Event', eventId);
      outcome = await claimSeats(ctx.em, hold, this.cap, ctx);
    }
    if (outcome.claimed === wanted.length) return hold;
    throw this.refusal(outcome, eventId, wanted);
  }

  /** True when this call released a live hold; false when it had already ended. */
  async release(ctx: RequestContext, holdId: string): Promise<boolean> {
    requireViewer(ctx.auth);
    if (!isUuid(holdId)) throw notFound('Hold', holdId);
    return ctx.em.transactional(async (tx) => {
      const locked = await lockHold(tx, holdId);
      if (!locked) throw notFound('Hold', holdId);
      const { hold } = locked;
      assertOwnerOrAdmin(ctx.auth, hold.userId, 'this hold');
      if (hold.status !== HoldStatus.ACTIVE) return false;
      await releaseHoldSeats(tx, [hold.id]);
      await uncountSeats(tx, [{ eventId: hold.eventId, userId: hold.userId, seats: hold.seatIds.length }]);
      hold.status = HoldStatus.RELEASED;
      await recordAvailabilityChange(tx, hold.eventId, ctx);
      return true;
    });
  }

  /** Why a claim took nothing: the event, seats of another venue, taken seats, or the customer's cap. */
  private refusal(outcome: ClaimOutcome, eventId: string, wanted: string[]): Error {
    if (outcome.status === null) return notFound('Event', eventId);
    assertStatusOnSale(outcome.status, outcome.upcoming);
    const present = new Set(outcome.present);
    const foreign = wanted.flatMap((id, index) => (present.has(id) ? [] : [{ field: `seatIds[${index}]`, message: `${id} is not a seat of this event's venue` }]));
    if (foreign.length > 0) return badUserInput(foreign);
    // Seats were locked only when the snapshot showed them all available.
    const free = new Set(outcome.available.length === wanted.length ? outcome.free : outcome.available);
    if (free.size < wanted.length) return seatUnavailable(wanted.filter((id) => !free.has(id)));
    return badUserInput([
      {
        field: 'seatIds',
        message: `would give you more than ${this.settings.maxSeatsPerCustomer} seats of this event (live holds and unpaid bookings count); release a hold or pay first`,
      },
    ]);
  }
}
