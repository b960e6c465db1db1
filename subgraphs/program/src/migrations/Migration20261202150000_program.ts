import { Migration } from '@mikro-orm/migrations';

export class Migration20261202150000_program extends Migration {
  override up(): void {
    // Lets one exclusion constraint compare uuids and text with = next to time ranges with &&.
    this.addSql(`create extension if not exists "btree_gist"`);

    this.addSql(`create table "event_projection" (
      "id" uuid primary key,
      "organizer_id" uuid not null,
      "status" text not null check ("status" in ('DRAFT', 'PUBLISHED', 'CANCELLED', 'COMPLETED')),
      "starts_at" timestamptz not null,
      "ends_at" timestamptz not null,
      "updated_at" timestamptz not null)`);

    this.addSql(`create table "booking_projection" (
      "id" uuid primary key,
      "event_id" uuid not null,
      "user_id" uuid not null,
      "status" text not null check ("status" in ('PENDING_PAYMENT', 'CONFIRMED', 'CANCELLED', 'EXPIRED', 'REFUNDED')),
      "updated_at" timestamptz not null)`);
    this.addSql(`create index "booking_projection_user_id_event_id_idx" on "booking_projection" ("user_id", "event_id")`);

    this.addSql(`create table "speaker" (
      "id" uuid primary key,
      "name" text not null,
      "bio" text null,
      "company" text null,
      "photo_url" text null,
      "owner_id" uuid not null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null)`);
    this.addSql(`create index "speaker_name_id_idx" on "speaker" ("name", "id")`);

    // Half-open ranges: a session may start the moment the previous one in its room ends.
    this.addSql(`create table "session" (
      "id" uuid primary key,
      "event_id" uuid not null references "event_projection" ("id"),
      "title" text not null,
      "description" text null,
      "starts_at" timestamptz not null,
      "ends_at" timestamptz not null,
      "room" text null,
      "track" text null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      constraint "session_times_in_order" check ("starts_at" < "ends_at"),
      constraint "session_room_overlap" exclude using gist
        ("event_id" with =, "room" with =, tstzrange("starts_at", "ends_at") with &&) where ("room" is not null))`);
    this.addSql(`create index "session_event_id_starts_at_idx" on "session" ("event_id", "starts_at", "id")`);

    this.addSql(`create table "session_speaker" (
      "session_id" uuid not null references "session" ("id") on delete cascade,
      "speaker_id" uuid not null references "speaker" ("id"),
      "position" integer not null,
      "starts_at" timestamptz not null,
      "ends_at" timestamptz not null,
      primary key ("session_id", "speaker_id"),
      constraint "session_speaker_overlap" exclude using gist ("speaker_id" with =, tstzrange("starts_at", "ends_at") with &&))`);

    this.addSql(`create table "agenda_entry" (
      "user_id" uuid not null,
      "session_id" uuid not null references "session" ("id") on delete cascade,
      "event_id" uuid not null,
      "created_at" timestamptz not null,
      primary key ("user_id", "session_id"))`);
    this.addSql(`create index "agenda_entry_user_id_event_id_idx" on "agenda_entry" ("user_id", "event_id")`);
    this.addSql(`create index "agenda_entry_session_id_idx" on "agenda_entry" ("session_id")`);
  }
}
