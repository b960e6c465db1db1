import { Migration } from '@mikro-orm/migrations';

/**
 * Holds in parallel (see README, "Seat allocation"): no counter on the event's row any more.
 * Each seat row counts its own changes and the event's availability version is their sum; a
 * sequence orders the AvailabilityChanged facts; each customer's seats in live holds and unpaid
 * bookings are tallied per event, so the cap is checked in the statement that claims.
 */
export class Migration20261202120000_parallel_holds extends Migration {
  override up(): void {
    this.addSql(`alter table "seat_inventory" add column "changes" integer not null default 0`);
    this.addSql(`update "seat_inventory" s set "changes" = e."availability_version"
      from "event_projection" e where e."id" = s."event_id" and s."seat_id" = (
        select min("seat_id"::text)::uuid from "seat_inventory" where "event_id" = e."id")`);
    this.addSql(`alter table "event_projection" drop column "availability_version"`);
    this.addSql(`create sequence "availability_change_seq"`);
    this.addSql(`create table "customer_event_seats" (
      "event_id" uuid not null,
      "user_id" uuid not null,
      "seats" integer not null check ("seats" >= 0),
      primary key ("event_id", "user_id"))`);
    this.addSql(`insert into "customer_event_seats" ("event_id", "user_id", "seats")
      select s."event_id", coalesce(h."user_id", b."user_id"), count(*)
      from "seat_inventory" s
      left join "seat_hold" h on h."id" = s."hold_id"
      left join "booking" b on b."id" = s."booking_id"
      where s."state" = 'HELD'
      group by 1, 2`);
  }
}
