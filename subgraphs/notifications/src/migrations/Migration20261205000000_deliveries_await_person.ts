import { Migration } from '@mikro-orm/migrations';

/**
 * A mail may be written before its person is known here (facts of different topics arrive in
 * any order): its recipient stays empty until the person's users.user fact fills it in. The
 * index of due mails leaves such mails out, so the delivery task never walks past them (one for
 * a deleted account is never addressed).
 */
export class Migration20261205000000_deliveries_await_person extends Migration {
  override up(): void {
    this.addSql(`alter table "notification_delivery" alter column "recipient" drop not null`);
    this.addSql(`drop index "notification_delivery_due_idx"`);
    this.addSql(`create index "notification_delivery_due_idx" on "notification_delivery" ("next_attempt_at") where "status" = 'PENDING' and "recipient" is not null`);
    this.addSql(`create index "notification_delivery_unaddressed_idx" on "notification_delivery" ("notification_id") where "recipient" is null`);
  }
}
