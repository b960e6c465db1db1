import { Migration } from '@mikro-orm/migrations';

/** Bookings cancelled because their event was: the event's cancellation tells their holders too. */
export class Migration20261204000000_cancelled_with_event extends Migration {
  override up(): void {
    this.addSql(`alter table "booking_projection" add column "cancelled_with_event" boolean not null default false`);
  }
}
