import { Migration } from '@mikro-orm/migrations';

/**
 * Holds in parallel (see README, "Seat allocation"): the availability version moves off the
 * event's row into a row of its own, bumped as the last step of each change; a tally of each
 * customer's seats in live holds and unpaid bookings per event, so the cap is checked in the
 * statement that claims.
 */
export class Migration20261202120000_parallel_holds extends Migration {
  override up(): void {
    this.addSql(`create table "availability_version" ("event_id" uuid primary key, "version" integer not null)`);
    this.addSql(`insert into "availability_version" ("event_id", "version") select "id", "availability_version" from "event_projection"`);
    this.addSql(`alter table "event_projection" drop column "availability_version"`);
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
