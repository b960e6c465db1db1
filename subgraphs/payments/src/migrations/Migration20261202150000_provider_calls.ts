import { Migration } from '@mikro-orm/migrations';

/**
 * The payment provider is called outside database transactions: an attempt is reserved
 * (REQUIRES_PAYMENT, or a PENDING refund) and committed first, the outcome committed after the
 * call, and whatever a crash left in between is reconciled with the provider later.
 */
export class Migration20261202150000_provider_calls extends Migration {
  override up(): void {
    // Money of PENDING refunds, so concurrent refunds never reserve more than is left.
    this.addSql(`alter table "payment" add column "refunding_cents" integer not null default 0 check ("refunding_cents" >= 0)`);
    this.addSql(`alter table "payment" add constraint "payment_refunds_within_amount" check ("refunded_cents" + "refunding_cents" <= "amount_cents")`);
    // One attempt per booking at the provider at a time; the reconciliation looks for old ones.
    this.addSql(`create unique index "payment_one_attempt_in_flight_per_booking" on "payment" ("booking_id") where "status" = 'REQUIRES_PAYMENT'`);
    this.addSql(`create index "payment_in_flight_idx" on "payment" ("updated_at") where "status" = 'REQUIRES_PAYMENT'`);
    this.addSql(`create table "refund" (
      "id" uuid primary key,
      "payment_id" uuid not null references "payment" ("id"),
      "amount_cents" integer not null check ("amount_cents" > 0),
      "status" text not null check ("status" in ('PENDING', 'SUCCEEDED')),
      "provider_reference" text null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null)`);
    this.addSql(`create index "refund_pending_idx" on "refund" ("created_at") where "status" = 'PENDING'`);
    // The mock provider's own record of what it was asked, kept apart from our transactions as a
    // real provider's would be, so it survives a crash of this process.
    this.addSql(`create table "mock_provider_operation" (
      "idempotency_key" text primary key,
      "result" jsonb not null,
      "created_at" timestamptz not null default now())`);
  }
}
