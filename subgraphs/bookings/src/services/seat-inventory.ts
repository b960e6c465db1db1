import type { EntityManager } from '@mikro-orm/postgresql';

/*
 * The seat_inventory table: one row per (event, seat), whose state and single owner (a hold or
 * a booking) the table's check constraint keeps consistent. Every statement here changes rows
 * only from the state it expects, so a stale caller changes nothing; callers hold the event's
 * lock (see locks.ts) and compare the counts they get back.
 */

interface SeatRow {
  seat_id: string;
  section_id: string;
}

/** Gives the event every seat of its venue, AVAILABLE; returns how many rows were added. */
export async function createInventory(tx: EntityManager, eventId: string, venueId: string): Promise<number> {
  const result = await tx.execute<{ affectedRows: number }>(
    `insert into "seat_inventory" ("event_id", "seat_id", "section_id")
     select ?, "id", "section_id" from "venue_seat" where "venue_id" = ?
     on conflict do nothing`,
    [eventId, venueId],
    'run',
  );
  return result.affectedRows;
}

/** Holds those of `seatIds` that are AVAILABLE for `holdId`; returns the ids it took. */
export async function claimSeats(tx: EntityManager, eventId: string, seatIds: string[], holdId: string): Promise<string[]> {
  const rows = await tx.execute<SeatRow[]>(
    `update "seat_inventory" set "state" = 'HELD', "hold_id" = ?
     where "event_id" = ? and "seat_id" in (?) and "state" = 'AVAILABLE'
     returning "seat_id"`,
    [holdId, eventId, seatIds],
  );
  return rows.map((row) => row.seat_id);
}

/** Which of `seatIds` the event has at all (seats of its venue). */
export async function existingSeats(tx: EntityManager, eventId: string, seatIds: string[]): Promise<Set<string>> {
  const rows = await tx.execute<SeatRow[]>(
    `select "seat_id" from "seat_inventory" where "event_id" = ? and "seat_id" in (?)`,
    [eventId, seatIds],
  );
  return new Set(rows.map((row) => row.seat_id));
}

/** The seats a hold owns, with their sections (for pricing). */
export function seatsOfHold(tx: EntityManager, holdId: string): Promise<SeatRow[]> {
  return tx.execute<SeatRow[]>(
    `select "seat_id", "section_id" from "seat_inventory" where "hold_id" = ? and "state" = 'HELD'`,
    [holdId],
  );
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
