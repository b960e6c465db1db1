import { Migration } from '@mikro-orm/migrations';

/** Facts carry the user whose action caused them (null: the system, e.g. a sweep). */
export class OutboxActor extends Migration {
  override up(): void {
    this.addSql(`alter table "outbox_message" add column "actor_id" text null`);
  }
}
