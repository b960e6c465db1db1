import { Migration } from '@mikro-orm/migrations';

/** Payload keys the relay removes from a row when it marks it published (single-use secrets kept only on Kafka). */
export class OutboxSecretKeys extends Migration {
  override up(): void {
    this.addSql(`alter table "outbox_message" add column "secret_keys" text[] null`);
  }
}
