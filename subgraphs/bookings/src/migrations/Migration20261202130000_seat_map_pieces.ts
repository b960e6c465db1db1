import { Migration } from '@mikro-orm/migrations';

/**
 * Seat maps arrive in pieces (VenueSeatsAdded); `venue_map` records how many seats each venue
 * has, so inventory is stocked only once all of them are here.
 */
export class Migration20261202130000_seat_map_pieces extends Migration {
  override up(): void {
    this.addSql(`create table "venue_map" ("venue_id" uuid primary key, "seat_count" integer not null check ("seat_count" > 0))`);
    this.addSql(`insert into "venue_map" ("venue_id", "seat_count") select "venue_id", count(*) from "venue_seat" group by "venue_id"`);
  }
}
