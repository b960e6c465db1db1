import { type FactOrigin, systemOrigin } from '@boxoffice/platform';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Booking, BookingStatus, HoldStatus, SeatHold } from '../entities/index.js';
import { recordAvailabilityChange } from '../messaging/outgoing.js';
import { closeBookings } from './booking-lifecycle.js';
import { uncountSeats } from './customer-seats.js';
import { shareEvent } from './locks.js';
import { releaseHoldSeats } from './seat-inventory.js';

const EVENTS_PER_SWEEP = 100;
const ROWS_PER_EVENT = 500;

/**
 * Releases the seats of expired holds and expires bookings left unpaid past paymentDueAt (run
 * every SWEEP_INTERVAL_MS by a PeriodicTask). Work is done per event under the event's shared
 * lock (the lock order of locks.ts), rows are claimed with SKIP LOCKED so several replicas can sweep side
 * by side.
 */
export class ExpirySweeper {
  constructor(private readonly orm: MikroORM) {}

  async sweep(): Promise<void> {
    const now = new Date();
    for (const { kind, event_id: eventId } of await this.due(now)) {
      await this.inEvent(eventId, (tx, origin) =>
        kind === 'hold' ? expireHolds(tx, eventId, now) : expireBookings(tx, eventId, now, origin),
      );
    }
  }

  /** Events with expired holds or overdue bookings; one statement, since it runs every interval. */
  private due(now: Date): Promise<Array<{ kind: 'hold' | 'booking'; event_id: string }>> {
    return this.orm.em.fork().execute(
      `select 'hold' as "kind", "event_id" from "seat_hold" where "status" = 'ACTIVE' and "expires_at" <= ?
       union
       select 'booking' as "kind", "event_id" from "booking" where "status" = 'PENDING_PAYMENT' and "payment_due_at" <= ?
       limit ${EVENTS_PER_SWEEP}`,
      [now, now],
    );
  }

  /** Runs `expire` under the event's shared lock; it returns whether seats changed, which is recorded. */
  private async inEvent(eventId: string, expire: (tx: EntityManager, origin: FactOrigin) => Promise<boolean>): Promise<void> {
    const origin = systemOrigin();
    await this.orm.em.fork().transactional(async (tx) => {
      const event = await shareEvent(tx, eventId);
      if (event && (await expire(tx, origin))) await recordAvailabilityChange(tx, event.id, origin);
    });
  }
}

async function expireHolds(tx: EntityManager, eventId: string, now: Date): Promise<boolean> {
  const holds = await tx.find(
    SeatHold,
    { eventId, status: HoldStatus.ACTIVE, expiresAt: { $lte: now } },
    { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE, limit: ROWS_PER_EVENT },
  );
  await releaseHoldSeats(tx, holds.map((hold) => hold.id));
  await uncountSeats(tx, holds.map((hold) => ({ eventId, userId: hold.userId, seats: hold.seatIds.length })));
  for (const hold of holds) hold.status = HoldStatus.EXPIRED;
  return holds.length > 0;
}

async function expireBookings(tx: EntityManager, eventId: string, now: Date, origin: FactOrigin): Promise<boolean> {
  const bookings = await tx.find(
    Booking,
    { eventId, status: BookingStatus.PENDING_PAYMENT, paymentDueAt: { $lte: now } },
    { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE, limit: ROWS_PER_EVENT },
  );
  await closeBookings(tx, bookings, 'expired', origin);
  return bookings.length > 0;
}
