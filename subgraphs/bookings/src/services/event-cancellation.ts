import { type FactOrigin } from '@boxoffice/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { Booking, HoldStatus, SeatHold, type EventProjection } from '../entities/index.js';
import { recordAvailabilityChange } from '../messaging/outgoing.js';
import { closeBookings, OPEN_STATUSES } from './booking-lifecycle.js';
import { uncountSeats } from './customer-seats.js';
import { releaseHoldSeats } from './seat-inventory.js';

/**
 * The cascade of a cancelled (locked) event, all in the consumer's transaction: open holds
 * released, every open booking cancelled (paid ones with refundWanted, so payments refunds
 * them). Nothing open is left, so a replay or a later snapshot changes nothing.
 */
export async function cancelEventBookings(tx: EntityManager, event: EventProjection, origin: FactOrigin): Promise<void> {
  const holds = await tx.find(SeatHold, { eventId: event.id, status: HoldStatus.ACTIVE }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  const bookings = await tx.find(
    Booking,
    { eventId: event.id, status: { $in: [...OPEN_STATUSES] } },
    { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  if (holds.length === 0 && bookings.length === 0) return;
  await releaseHoldSeats(tx, holds.map((hold) => hold.id));
  await uncountSeats(tx, holds.map((hold) => ({ eventId: event.id, userId: hold.userId, seats: hold.seatIds.length })));
  for (const hold of holds) hold.status = HoldStatus.RELEASED;
  await closeBookings(tx, bookings, 'cancelled', origin, { eventCancelled: true });
  await recordAvailabilityChange(tx, event.id, origin);
}
