import type { EntityManager } from '@mikro-orm/postgresql';

/*
 * The seat_inventory table: one row per (event, seat), whose state and single owner (a hold or
 * a booking) the table's check constraint keeps consistent. Every statement here changes rows
 * only from the state it expects, so a stale caller changes nothing. Callers hold the locks of
 * locks.ts and compare the counts they get back; holds claim seats in seat-claim.ts.
 */

/**
 * Gives the event every seat of its venue, AVAILABLE, once the venue's whole seat map is here
 * (its pieces arrive one by one); returns how many rows were added, 0 while pieces are missing.
 */
export async function createInventory(tx: EntityManager, eventId: string, venueId: string): Promise<number> {
  const result = await tx.execute<{ affectedRows: number }>(
    `insert into "seat_inventory" ("event_id", "seat_id", "section_id")
     select ?, "id", "section_id" from "venue_seat"
     where "venue_id" = ?
       and (select "seat_count" from "venue_map" where "venue_id" = ?) = (select count(*) from "venue_seat" where "venue_id" = ?)
     on conflict do nothing`,
    [eventId, venueId, venueId, venueId],
    'run',
  );
  return result.affectedRows;
}

/** Hands a hold's seats to the booking made from it; they stay HELD until paid. */
export async function transferHoldToBooking(tx: EntityManager, holdId: string, bookingId: string): Promise<number> {
  const result = await tx.execute<{ affectedRows: number }>(
    `update "seat_inventory" set "hold_id" = null, "booking_id" = ? where "hold_id" = ? and "state" = 'HELD'`,
    [bookingId, holdId],
    'run',
  );
  return result.affectedRows;
}

/** Marks a booking's held seats SOLD; returns how many. */
export async function sellBookingSeats(tx: EntityManager, bookingId: string): Promise<number> {
  const result = await tx.execute<{ affectedRows: number }>(
    `update "seat_inventory" set "state" = 'SOLD' where "booking_id" = ? and "state" = 'HELD'`,
    [bookingId],
    'run',
  );
  return result.affectedRows;
}

/** Makes the seats of these holds AVAILABLE again. */
export async function releaseHoldSeats(tx: EntityManager, holdIds: string[]): Promise<number> {
  if (holdIds.length === 0) return 0;
  const result = await tx.execute<{ affectedRows: number }>(
    `update "seat_inventory" set "state" = 'AVAILABLE', "hold_id" = null where "hold_id" in (?)`,
    [holdIds],
    'run',
  );
  return result.affectedRows;
}

/** Makes the seats of these bookings (held or sold) AVAILABLE again. */
export async function releaseBookingSeats(tx: EntityManager, bookingIds: string[]): Promise<number> {
  if (bookingIds.length === 0) return 0;
  const result = await tx.execute<{ affectedRows: number }>(
    `update "seat_inventory" set "state" = 'AVAILABLE', "booking_id" = null where "booking_id" in (?)`,
    [bookingIds],
    'run',
  );
  return result.affectedRows;
}
