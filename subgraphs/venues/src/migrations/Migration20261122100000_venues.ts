import { Migration } from '@mikro-orm/migrations';

export class Migration20261122100000_venues extends Migration {
  override up(): void {
    // Trigram indexes serve `venues(filter: { search })`, a case-insensitive substring match.
    this.addSql(`create extension if not exists pg_trgm`);
    this.addSql(`create table "venue" (
      "id" uuid primary key,
      "name" text not null,
      "address" text not null,
      "city" text not null,
      "capacity" integer not null check ("capacity" > 0),
      "manager_id" uuid not null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null)`);
    // `venues` is ordered by name then id; the city filter is a case-insensitive exact match.
    this.addSql(`create index "venue_name_id_idx" on "venue" ("name", "id")`);
    this.addSql(`create index "venue_city_name_id_idx" on "venue" (lower("city"), "name", "id")`);
    this.addSql(`create index "venue_name_trgm_idx" on "venue" using gin ("name" gin_trgm_ops)`);
    this.addSql(`create index "venue_capacity_idx" on "venue" ("capacity")`);

    this.addSql(`create table "section" (
      "id" uuid primary key,
      "venue_id" uuid not null references "venue" ("id") on delete cascade,
      "name" text not null,
      "position" integer not null,
      "seat_count" integer not null check ("seat_count" > 0),
      unique ("venue_id", "position"))`);
    this.addSql(`create unique index "section_venue_id_name_key" on "section" ("venue_id", lower("name"))`);

    this.addSql(`create table "seat" (
      "id" uuid primary key,
      "section_id" uuid not null references "section" ("id") on delete cascade,
      "row_label" text not null,
      "number" integer not null check ("number" >= 1),
      "label" text not null,
      "position" integer not null,
      unique ("section_id", "position"))`);
    this.addSql(`create unique index "seat_section_id_row_number_key" on "seat" ("section_id", lower("row_label"), "number")`);
  }
}
