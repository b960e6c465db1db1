import { Migration } from '@mikro-orm/migrations';

export class Migration20261122040000_bookings extends Migration {
  override up(): void {
    this.addSql(`create type "event_status" as enum ('DRAFT', 'PUBLISHED', 'CANCELLED', 'COMPLETED')`);
    this.addSql(`create type "seat_state" as enum ('AVAILABLE', 'HELD', 'SOLD')`);
    this.addSql(`create type "hold_status" as enum ('ACTIVE', 'RELEASED', 'EXPIRED', 'CHECKED_OUT')`);
    this.addSql(`create type "booking_status" as enum ('PENDING_PAYMENT', 'CONFIRMED', 'CANCELLED', 'EXPIRED', 'REFUNDED')`);

    this.addSql(`create table "event_projection" (
      "id" uuid primary key,
      "venue_id" uuid not null,
      "organizer_id" uuid not null,
      "title" text not null,
      "status" "event_status" not null,
      "starts_at" timestamptz not null,
      "ends_at" timestamptz not null,
      "currency" text not null,
      "prices" jsonb not null,
      "inventory_ready" boolean not null default false,
      "availability_version" integer not null default 0,
      "updated_at" timestamptz not null)`);
    this.addSql(`create index "event_projection_venue_id_idx" on "event_projection" ("venue_id")`);

    this.addSql(`create table "venue_seat" (
      "id" uuid primary key,
      "venue_id" uuid not null,
      "section_id" uuid not null,
      "row" text not null,
      "number" integer not null,
      "label" text not null,
      "position" integer not null)`);
    this.addSql(`create index "venue_seat_venue_id_idx" on "venue_seat" ("venue_id")`);

    this.addSql(`create table "seat_hold" (
      "id" uuid primary key,
      "event_id" uuid not null references "event_projection" ("id"),
      "user_id" uuid not null,
      "seat_ids" uuid[] not null,
      "status" "hold_status" not null default 'ACTIVE',
      "expires_at" timestamptz not null,
      "created_at" timestamptz not null)`);
    this.addSql(`create index "seat_hold_active_expiry_idx" on "seat_hold" ("expires_at") where "status" = 'ACTIVE'`);
    this.addSql(`create index "seat_hold_active_event_idx" on "seat_hold" ("event_id") where "status" = 'ACTIVE'`);

    this.addSql(`create table "booking" (
      "id" uuid primary key,
      "event_id" uuid not null references "event_projection" ("id"),
      "user_id" uuid not null,
      "organizer_id" uuid not null,
      "hold_id" uuid not null unique references "seat_hold" ("id"),
      "seat_ids" uuid[] not null,
      "status" "booking_status" not null default 'PENDING_PAYMENT',
      "total_cents" integer not null check ("total_cents" >= 0),
      "currency" text not null,
      "idempotency_key" text not null,
      "payment_due_at" timestamptz null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      constraint "booking_user_idempotency_key_unique" unique ("user_id", "idempotency_key"))`);
    this.addSql(`create index "booking_user_created_idx" on "booking" ("user_id", "created_at", "id")`);
    this.addSql(`create index "booking_user_status_created_idx" on "booking" ("user_id", "status", "created_at", "id")`);
    this.addSql(`create index "booking_event_created_idx" on "booking" ("event_id", "created_at", "id")`);
    this.addSql(`create index "booking_event_status_created_idx" on "booking" ("event_id", "status", "created_at", "id")`);
    this.addSql(`create index "booking_pending_due_idx" on "booking" ("payment_due_at") where "status" = 'PENDING_PAYMENT'`);

    // One row per (event, seat) with exactly one owner while not AVAILABLE: a seat cannot be
    // held or sold twice, whatever the application does.
    this.addSql(`create table "seat_inventory" (
      "event_id" uuid not null references "event_projection" ("id"),
      "seat_id" uuid not null references "venue_seat" ("id"),
      "section_id" uuid not null,
      "state" "seat_state" not null default 'AVAILABLE',
      "hold_id" uuid null references "seat_hold" ("id"),
      "booking_id" uuid null references "booking" ("id"),
      primary key ("event_id", "seat_id"),
      constraint "seat_inventory_single_owner" check (
        ("state" = 'AVAILABLE' and "hold_id" is null and "booking_id" is null)
        or ("state" = 'HELD' and num_nonnulls("hold_id", "booking_id") = 1)
        or ("state" = 'SOLD' and "hold_id" is null and "booking_id" is not null)))`);
    this.addSql(`create index "seat_inventory_event_state_idx" on "seat_inventory" ("event_id", "state")`);
    this.addSql(`create index "seat_inventory_hold_idx" on "seat_inventory" ("hold_id") where "hold_id" is not null`);
    this.addSql(`create index "seat_inventory_booking_idx" on "seat_inventory" ("booking_id") where "booking_id" is not null`);

    this.addSql(`create table "ticket" (
      "id" uuid primary key,
      "booking_id" uuid not null references "booking" ("id"),
      "event_id" uuid not null,
      "seat_id" uuid not null,
      "code" text not null unique,
      "issued_at" timestamptz not null,
      "checked_in_at" timestamptz null,
      "voided_at" timestamptz null,
      constraint "ticket_booking_seat_unique" unique ("booking_id", "seat_id"))`);
    // At most one valid ticket per seat of an event: the last line against selling a seat twice.
    this.addSql(`create unique index "ticket_valid_seat_unique" on "ticket" ("event_id", "seat_id") where "voided_at" is null`);
  }
}
