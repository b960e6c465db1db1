import { Migration } from '@mikro-orm/migrations';

/**
 * A hold's claim asks for a few seats of one event by id, AVAILABLE ones only. Given an index on
 * (event_id, state), Postgres may prefer it to the primary key and walk every AVAILABLE seat of
 * the event to find them (it does while a freshly stocked inventory has no statistics yet):
 * 50,000 index entries per hold on a stadium. Indexing only the seats that are taken leaves the
 * claim the primary key, (event_id, seat_id), whatever the statistics say; counts and seat lists
 * read all of an event's rows through the primary key anyway.
 */
export class Migration20261203020000_seat_lookup_index extends Migration {
  override up(): void {
    this.addSql(`create index "seat_inventory_event_taken_idx" on "seat_inventory" ("event_id", "state") where "state" <> 'AVAILABLE'`);
    this.addSql(`drop index "seat_inventory_event_state_idx"`);
  }
}
