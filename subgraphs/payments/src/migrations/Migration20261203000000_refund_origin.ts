import { Migration } from '@mikro-orm/migrations';

export class Migration20261203000000_refund_origin extends Migration {
  override up(): void {
    this.addSql(`alter table "refund" add column "correlation_id" text null, add column "requested_by" text null`);
  }
}
