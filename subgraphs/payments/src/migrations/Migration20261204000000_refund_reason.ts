import { Migration } from '@mikro-orm/migrations';

/** Why a refund was made, for its PaymentRefunded fact (see RefundReasonFact). */
export class Migration20261204000000_refund_reason extends Migration {
  override up(): void {
    this.addSql(`alter table "refund" add column "reason" text not null default 'REQUESTED'
      check ("reason" in ('REQUESTED', 'BOOKING_CANCELLED', 'LATE_PAYMENT'))`);
  }
}
