import { Migration } from '@mikro-orm/migrations';

/**
 * Two things for busy and big outboxes.
 *
 * NOTIFY makes committing transactions queue for one cluster-wide lock, held until after the
 * commit's WAL flush, so notifying on every outbox insert puts every write of every subgraph in
 * one line. The relay drains until the outbox is empty once woken, so a statement notifies only
 * when no earlier committed row is still waiting; the relay's poll covers the rare insert that
 * commits just after a drain ended.
 *
 * `payload_bytes` lets the relay size a Kafka request before it loads any payload.
 */
export class OutboxForBusyAndBig extends Migration {
  override up(): void {
    this.addSql(`alter table "outbox_message" add column "payload_bytes" integer generated always as (octet_length("payload"::text)) stored`);
    this.addSql(`create or replace function "outbox_message_notify"() returns trigger language plpgsql as $$
      begin
        if not exists (
          select 1 from "outbox_message"
          where "published_at" is null and "position" < (select min("position") from "inserted")
        ) then
          perform pg_notify('outbox_message', '');
        end if;
        return null;
      end $$`);
    this.addSql(`drop trigger "outbox_message_inserted" on "outbox_message"`);
    this.addSql(`create trigger "outbox_message_inserted" after insert on "outbox_message"
      referencing new table as "inserted" for each statement execute function "outbox_message_notify"()`);
  }
}
