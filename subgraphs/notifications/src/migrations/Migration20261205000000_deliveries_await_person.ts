import { Migration } from '@mikro-orm/migrations';

/**
 * A mail may be written before its person is known here (facts of different topics arrive in
 * any order): its recipient stays empty until the person's users.user fact fills it in.
 */
export class Migration20261205000000_deliveries_await_person extends Migration {
  override up(): void {
    this.addSql(`alter table "notification_delivery" alter column "recipient" drop not null`);
    this.addSql(`create index "notification_delivery_unaddressed_idx" on "notification_delivery" ("notification_id") where "recipient" is null`);
  }
}
