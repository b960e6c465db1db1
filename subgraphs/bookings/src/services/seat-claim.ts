import { type FactOrigin } from '@boxoffice/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { SeatHold } from '../entities/index.js';
import { availabilityFactSql, bumpAvailabilityVersion } from '../messaging/outgoing.js';

export interface ClaimOutcome {
  /** The event's status; null when bookings has no seat inventory for it (yet). */
  status: string | null;
  /** Whether the event starts in the future. */
  upcoming: boolean;
  /** The asked-for seats the event has at all (seats of its venue). */
  present: string[];
  /** The asked-for seats the statement's snapshot showed AVAILABLE. */
  available: string[];
  /** When all were available: those this statement locked (AVAILABLE, and not being claimed by anyone else). */
  free: string[];
  /** How many seats this statement held: all of them, or none. */
  claimed: number;
}

/**
 * holdSeats in one autocommitted statement, so a hold costs one round trip and waits for no
 * other hold:
 * - first, without a lock, the statement's snapshot says whether the event is on sale and every
 *   asked-for seat AVAILABLE; if not (most holds of an on-sale), it is refused having locked and
 *   written nothing, so it commits without a WAL flush and queues behind no one;
 * - otherwise the event's row is read FOR SHARE: holds pass side by side, the cancellation
 *   cascade's FOR UPDATE waits for them, and a hold after it finds the row CANCELLED (Postgres
 *   re-checks a changed row's condition before locking it);
 * - the asked-for AVAILABLE seat rows are locked in seat id order, skipping rows another
 *   statement is claiming (they are as good as taken: no lock wait, and no deadlock);
 * - only if every seat was free, the customer's tally grows, refused past `maxSeatsPerCustomer`
 *   (ON CONFLICT DO UPDATE reads the latest tally, so parallel holds of one customer queue
 *   there and cannot pass the cap together);
 * - only if the tally took it, the hold is inserted, its seats become HELD (the table's check
 *   constraint has the last word), and, last, the event's availability version is raised and
 *   the AvailabilityChanged fact goes into the outbox (see bumpAvailabilityVersion).
 */
export async function claimSeats(em: EntityManager, hold: SeatHold, maxSeatsPerCustomer: number, origin: FactOrigin): Promise<ClaimOutcome> {
  const fact = availabilityFactSql(origin, `"fact_source"`);
  const { eventId, seatIds } = hold;
  const rows = await em.execute<ClaimOutcome[]>(
    `with "event" as (
       select "status", "starts_at" > now() as "upcoming" from "event_projection"
       where "id" = ? and "inventory_ready"
     ), "asked" as (
       select "seat_id", "state" = 'AVAILABLE' as "available" from "seat_inventory" where "event_id" = ? and "seat_id" in (?)
     ), "on_sale" as (
       select 1 from "event_projection"
       where "id" = ? and "inventory_ready" and "status" = 'PUBLISHED' and "starts_at" > now()
         and (select count(*) from "asked" where "available") = ?::int
       for share
     ), "free" as (
       select "seat_id" from "seat_inventory"
       where "event_id" = ? and "seat_id" in (?) and "state" = 'AVAILABLE' and exists (select 1 from "on_sale")
       order by "seat_id"
       for update skip locked
     ), "counted" as (
       insert into "customer_event_seats" as t ("event_id", "user_id", "seats")
       select ?::uuid, ?::uuid, ?::int where (select count(*) from "free") = ?::int and ?::int <= ?::int
       on conflict ("event_id", "user_id") do update set "seats" = t."seats" + excluded."seats"
       where t."seats" + excluded."seats" <= ?::int
       returning 1
     ), "hold" as (
       insert into "seat_hold" ("id", "event_id", "user_id", "seat_ids", "status", "expires_at", "created_at")
       select ?::uuid, ?::uuid, ?::uuid, array[?]::uuid[], 'ACTIVE', ?::timestamptz, ?::timestamptz from "counted"
       returning "id", "event_id"
     ), "claimed" as (
       update "seat_inventory" s set "state" = 'HELD', "hold_id" = h."id"
       from "hold" h, "free" f
       where s."event_id" = ? and s."seat_id" = f."seat_id"
       returning s."seat_id"
     ), "fact_source" as (
       ${bumpAvailabilityVersion('"hold"')}
     ), "fact" as (
       ${fact.sql}
     )
     select (select "status" from "event")::text as "status",
       coalesce((select "upcoming" from "event"), false) as "upcoming",
       array(select "seat_id" from "asked")::text[] as "present",
       array(select "seat_id" from "asked" where "available")::text[] as "available",
       array(select "seat_id" from "free")::text[] as "free",
       (select count(*) from "claimed")::int as "claimed"`,
    [
      eventId,
      eventId, seatIds,
      eventId, seatIds.length,
      eventId, seatIds,
      eventId, hold.userId, seatIds.length, seatIds.length, seatIds.length, maxSeatsPerCustomer,
      maxSeatsPerCustomer,
      hold.id, eventId, hold.userId, seatIds, hold.expiresAt, hold.createdAt,
      eventId,
      ...fact.params,
    ],
  );
  return rows[0]!;
}
