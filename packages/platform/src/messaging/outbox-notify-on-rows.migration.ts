import { Migration } from '@mikro-orm/migrations';

/**
 * The outbox trigger (outbox-busy-and-big.migration.ts) fires once per statement, also for an
 * INSERT … SELECT that inserted nothing, such as a refused hold's fact (services/seat-claim.ts in
 * bookings). With no rows, `min("position")` is null, no earlier row is found, and the statement
 * notified: every refusal took NOTIFY's cluster-wide lock through its commit's WAL flush, and an
 * on-sale's holds queued there one at a time. Now a statement notifies only for rows it inserted.
 */
export class OutboxNotifyOnRows extends Migration {
  override up(): void {
    this.addSql(`create or replace function "outbox_message_notify"() returns trigger language plpgsql as $$
      declare
        "first" bigint := (select min("position") from "inserted");
      begin
        if "first" is not null and not exists (
          select 1 from "outbox_message" where "published_at" is null and "position" < "first"
        ) then
          perform pg_notify('outbox_message', '');
        end if;
        return null;
      end $$`);
  }
}
