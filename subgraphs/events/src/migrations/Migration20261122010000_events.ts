import { Migration } from '@mikro-orm/migrations';

export class Migration20261122010000_events extends Migration {
  override up(): void {
    // Trigram indexes serve the case-insensitive substring search on title and description.
    this.addSql(`create extension if not exists "pg_trgm"`);
    this.addSql(`create table "known_venue" (
      "id" uuid primary key,
      "manager_id" uuid not null,
      "name" text not null)`);
    this.addSql(`create table "known_section" (
      "id" uuid primary key,
      "venue_id" uuid not null references "known_venue" ("id"),
      "name" text not null)`);
    this.addSql(`create index "known_section_venue_id_idx" on "known_section" ("venue_id")`);

    this.addSql(`create type "event_status" as enum ('DRAFT', 'PUBLISHED', 'CANCELLED', 'COMPLETED')`);
    this.addSql(`create table "event" (
      "id" uuid primary key,
      "title" text not null check (btrim("title") <> ''),
      "description" text null,
      "starts_at" timestamptz not null,
      "ends_at" timestamptz not null,
      "status" "event_status" not null default 'DRAFT',
      "currency" text not null check ("currency" ~ '^[A-Z]{3}$'),
      "prices" jsonb not null default '[]' check (jsonb_typeof("prices") = 'array'),
      "venue_id" uuid not null references "known_venue" ("id"),
      "organizer_id" uuid not null,
      "cancellation_reason" text null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      check ("ends_at" > "starts_at"))`);
    // Every listing is ordered by (starts_at, id); each filter leads its own index.
    this.addSql(`create index "event_starts_at_id_idx" on "event" ("starts_at", "id")`);
    this.addSql(`create index "event_status_starts_at_id_idx" on "event" ("status", "starts_at", "id")`);
    this.addSql(`create index "event_venue_id_starts_at_id_idx" on "event" ("venue_id", "starts_at", "id")`);
    this.addSql(`create index "event_organizer_id_starts_at_id_idx" on "event" ("organizer_id", "starts_at", "id")`);
    this.addSql(`create index "event_title_trgm_idx" on "event" using gin ("title" gin_trgm_ops)`);
    this.addSql(`create index "event_description_trgm_idx" on "event" using gin ("description" gin_trgm_ops)`);
    // The completion job's scan: published events whose end has passed.
    this.addSql(`create index "event_published_ends_at_idx" on "event" ("ends_at") where "status" = 'PUBLISHED'`);
  }
}
