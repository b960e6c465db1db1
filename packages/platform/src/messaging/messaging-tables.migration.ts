import { Migration } from '@mikro-orm/migrations';

/** The outbox and inbox tables every subgraph database has. */
export class MessagingTables extends Migration {
  override up(): void {
    this.addSql(`create table "outbox_message" (
      "position" bigserial primary key,
      "event_id" uuid not null unique,
      "topic" text not null,
      "key" text not null,
      "type" text not null,
      "payload" jsonb not null,
      "correlation_id" text null,
      "occurred_at" timestamptz not null,
      "published_at" timestamptz null)`);
    this.addSql(`create index "outbox_message_unpublished_idx" on "outbox_message" ("position") where "published_at" is null`);
    // NOTIFY is delivered on commit, so the relay wakes exactly when new events are visible.
    this.addSql(`create function "outbox_message_notify"() returns trigger language plpgsql as $$
      begin perform pg_notify('outbox_message', ''); return null; end $$`);
    this.addSql(`create trigger "outbox_message_inserted" after insert on "outbox_message"
      for each statement execute function "outbox_message_notify"()`);
    this.addSql(`create table "processed_event" (
      "consumer" text not null,
      "event_id" uuid not null,
      "processed_at" timestamptz not null,
      primary key ("consumer", "event_id"))`);
  }
}
