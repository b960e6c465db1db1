import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Booking, EventProjection, SeatHold } from '../entities/index.js';

/*
 * Lock order, the same everywhere: the event's row first, then its holds or bookings, then
 * seat rows. Every change to an event's seats, holds or bookings takes the event's lock, so
 * changes of one event apply one after another, each sees the event's current status, and no
 * two transactions can wait on each other.
 */

/** Locks the event's row until the transaction ends. */
export function lockEvent(tx: EntityManager, eventId: string): Promise<EventProjection | null> {
  return tx.findOne(EventProjection, eventId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
}

/** Locks a booking after its event (null when unknown), with both rows freshly read. */
export async function lockBooking(tx: EntityManager, bookingId: string): Promise<{ event: EventProjection; booking: Booking } | null> {
  const unlocked = await tx.findOne(Booking, bookingId);
  if (!unlocked) return null;
  const event = await lockEvent(tx, unlocked.eventId);
  const booking = await tx.findOneOrFail(Booking, bookingId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  return { event: event!, booking };
}

/** Locks a hold after its event (null when unknown), with both rows freshly read. */
export async function lockHold(tx: EntityManager, holdId: string): Promise<{ event: EventProjection; hold: SeatHold } | null> {
  const unlocked = await tx.findOne(SeatHold, holdId);
  if (!unlocked) return null;
  const event = await lockEvent(tx, unlocked.eventId);
  const hold = await tx.findOneOrFail(SeatHold, holdId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  return { event: event!, hold };
}
