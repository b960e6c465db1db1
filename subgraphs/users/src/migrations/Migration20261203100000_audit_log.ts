import { Migration } from '@mikro-orm/migrations';

export class Migration20261203100000_audit_log extends Migration {
  override up(): void {
    this.addSql(`create type "audit_action" as enum ('ROLE_CHANGED', 'ACCOUNT_DELETED', 'VENUE_CREATED', 'VENUE_UPDATED',
      'EVENT_CREATED', 'EVENT_UPDATED', 'EVENT_PUBLISHED', 'EVENT_CANCELLED', 'SESSION_MOVED', 'SESSION_ROOM_CHANGED',
      'SESSION_REMOVED', 'BOOKING_CANCELLED', 'PAYMENT_CAPTURED', 'PAYMENT_REFUNDED', 'TICKET_CHECKED_IN')`);
    this.addSql(`create type "audit_target_type" as enum ('USER', 'VENUE', 'EVENT', 'SESSION', 'BOOKING', 'PAYMENT', 'TICKET')`);
    this.addSql(`create table "audit_entry" (
      "id" uuid primary key,
      "action" "audit_action" not null,
      "actor_id" text null,
      "target_type" "audit_target_type" not null,
      "target_id" text not null,
      "occurred_at" timestamptz not null,
      "correlation_id" text null)`);
    this.addSql(`create index "audit_entry_occurred_at_id_index" on "audit_entry" ("occurred_at", "id")`);
    this.addSql(`create index "audit_entry_actor_id_index" on "audit_entry" ("actor_id")`);
    this.addSql(`create index "audit_entry_target_id_index" on "audit_entry" ("target_id")`);
    // Written once from a fact; the database itself refuses to change or remove an entry.
    this.addSql(`create function "audit_entry_immutable"() returns trigger language plpgsql as $$
      begin raise exception 'audit entries cannot be changed or deleted'; end $$`);
    this.addSql(`create trigger "audit_entry_immutable" before update or delete or truncate on "audit_entry"
      for each statement execute function "audit_entry_immutable"()`);
  }
}
