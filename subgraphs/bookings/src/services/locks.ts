import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Booking, EventProjection, SeatHold } from '../entities/index.js';

/*
 * Lock order, the same everywhere: the event's row, then its holds or bookings, then seat rows
 * (in seat id order, or skipped when taken), then customers' seat tallies (in id order), then
 * promo codes' rows (in id order) and customers' tallies of them (promo-redemptions.ts), then the
 * event's availability version (bumped last, see messaging/outgoing.ts).
 *
 * The event's row is a gate, not a queue: holds, releases, checkouts, payments and expiry take
 * it shared (FOR SHARE), so they run side by side and the seat rows decide; the cancellation
 * cascade and inventory stocking take it exclusively (FOR UPDATE), which waits for the shared
 * holders and makes every later one see the new status. So no hold can outlive a cancellation.
 */

/** Locks the event's row exclusively until the transaction ends. */
export function lockEvent(tx: EntityManager, eventId: string): Promise<EventProjection | null> {
  return tx.findOne(EventProjection, eventId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
}

/** Locks the event's row shared until the transaction ends: its status cannot change meanwhile. */
export function shareEvent(tx: EntityManager, eventId: string): Promise<EventProjection | null> {
  return tx.findOne(EventProjection, eventId, { lockMode: LockMode.PESSIMISTIC_READ, refresh: true });
}

/** Locks a booking after sharing its event (null when unknown), with both rows freshly read. */
export async function lockBooking(tx: EntityManager, bookingId: string): Promise<{ event: EventProjection; booking: Booking } | null> {
  const unlocked = await tx.findOne(Booking, bookingId);
  if (!unlocked) return null;
  const event = await shareEvent(tx, unlocked.eventId);
  const booking = await tx.findOneOrFail(Booking, bookingId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  return { event: event!, booking };
}

/** Locks a hold after sharing its event (null when unknown), with both rows freshly read. */
export async function lockHold(tx: EntityManager, holdId: string): Promise<{ event: EventProjection; hold: SeatHold } | null> {
  const unlocked = await tx.findOne(SeatHold, holdId);
  if (!unlocked) return null;
  const event = await shareEvent(tx, unlocked.eventId);
  const hold = await tx.findOneOrFail(SeatHold, holdId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  return { event: event!, hold };
}
