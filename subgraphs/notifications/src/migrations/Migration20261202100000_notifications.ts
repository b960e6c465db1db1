import { Migration } from '@mikro-orm/migrations';

export class Migration20261202100000_notifications extends Migration {
  override up(): void {
    this.addSql(`create table "person" ("id" uuid primary key, "email" text not null, "name" text not null)`);
    this.addSql(`create table "venue_projection" ("id" uuid primary key, "name" text not null, "city" text not null)`);
    this.addSql(`create table "event_projection" (
      "id" uuid primary key,
      "venue_id" uuid not null,
      "title" text not null,
      "status" text not null,
      "starts_at" timestamptz not null,
      "ends_at" timestamptz not null,
      "cancellation_reason" text)`);
    this.addSql(`create table "booking_projection" (
      "id" uuid primary key,
      "event_id" uuid not null,
      "user_id" uuid not null,
      "status" text not null,
      "total_cents" integer not null,
      "currency" text not null,
      "tickets" jsonb null)`);
    this.addSql(`create index "booking_projection_event_id_idx" on "booking_projection" ("event_id")`);

    this.addSql(`create type "notification_category" as enum ('ACCOUNT', 'BOOKINGS', 'EVENTS')`);
    this.addSql(`create type "notification_kind" as enum ('WELCOME', 'EMAIL_VERIFICATION', 'EMAIL_VERIFIED', 'PASSWORD_RESET',
      'ROLE_CHANGED', 'BOOKING_CONFIRMED', 'BOOKING_CANCELLED', 'BOOKING_EXPIRED', 'REFUND', 'EVENT_CANCELLED', 'SESSION_CHANGED')`);
    this.addSql(`create table "notification" (
      "id" uuid primary key,
      "user_id" uuid not null,
      "dedupe_key" text not null unique,
      "category" "notification_category" not null,
      "kind" "notification_kind" not null,
      "title" text not null,
      "body" text not null,
      "read_at" timestamptz null,
      "created_at" timestamptz not null)`);
    // myNotifications: newest first, optionally unread only.
    this.addSql(`create index "notification_user_id_created_at_idx" on "notification" ("user_id", "created_at" desc, "id" desc)`);

    this.addSql(`create table "notification_preference" (
      "user_id" uuid primary key,
      "bookings" boolean not null default true,
      "events" boolean not null default true,
      "updated_at" timestamptz not null)`);

    this.addSql(`create type "notification_channel" as enum ('EMAIL')`);
    this.addSql(`create type "notification_delivery_status" as enum ('PENDING', 'SENT', 'FAILED')`);
    this.addSql(`create table "notification_delivery" (
      "id" uuid primary key,
      "notification_id" uuid not null references "notification" ("id"),
      "channel" "notification_channel" not null default 'EMAIL',
      "kind" "notification_kind" not null,
      "recipient" text not null,
      "subject" text not null,
      "data" jsonb not null,
      "secret" text null,
      "status" "notification_delivery_status" not null default 'PENDING',
      "attempts" integer not null default 0 check ("attempts" >= 0),
      "next_attempt_at" timestamptz not null,
      "last_error" text null,
      "sent_at" timestamptz null,
      "created_at" timestamptz not null)`);
    // The delivery task's queue, and the admins' list of failures.
    this.addSql(`create index "notification_delivery_due_idx" on "notification_delivery" ("next_attempt_at") where "status" = 'PENDING'`);
    this.addSql(`create index "notification_delivery_failed_idx" on "notification_delivery" ("created_at", "id") where "status" = 'FAILED'`);
  }
}
