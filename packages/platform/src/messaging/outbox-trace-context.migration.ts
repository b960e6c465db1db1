import { Migration } from '@mikro-orm/migrations';

/** The trace context of the transaction that recorded a fact, so its publication and handling continue that trace. */
export class OutboxTraceContext extends Migration {
  override up(): void {
    this.addSql(`alter table "outbox_message" add column "trace_context" jsonb null`);
  }
}
