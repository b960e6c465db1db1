import { Migration } from '@mikro-orm/migrations';

export class Migration20261122300000_payments extends Migration {
  override up(): void {
    this.addSql(`create table "booking_projection" (
      "id" uuid primary key,
      "event_id" uuid not null,
      "user_id" uuid not null,
      "organizer_id" uuid not null,
      "status" text not null check ("status" in ('PENDING_PAYMENT', 'CONFIRMED', 'CANCELLED', 'EXPIRED', 'REFUNDED')),
      "total_cents" integer not null check ("total_cents" >= 0),
      "currency" text not null,
      "payment_due_at" timestamptz null,
      "updated_at" timestamptz not null)`);

    this.addSql(`create type "payment_status" as enum ('REQUIRES_PAYMENT', 'SUCCEEDED', 'FAILED', 'REFUNDED', 'PARTIALLY_REFUNDED')`);
    this.addSql(`create table "payment" (
      "id" uuid primary key,
      "booking_id" uuid not null references "booking_projection" ("id"),
      "user_id" uuid not null,
      "idempotency_key" text not null,
      "amount_cents" integer not null check ("amount_cents" >= 0),
      "refunded_cents" integer not null default 0 check ("refunded_cents" >= 0),
      "currency" text not null,
      "status" "payment_status" not null default 'REQUIRES_PAYMENT',
      "provider" text not null,
      "provider_reference" text null,
      "failure_reason" text null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      constraint "payment_user_id_idempotency_key_unique" unique ("user_id", "idempotency_key"),
      constraint "payment_refund_within_amount" check ("refunded_cents" <= "amount_cents"))`);
    // Booking.payment: a booking's attempts in order.
    this.addSql(`create index "payment_booking_id_created_at_idx" on "payment" ("booking_id", "created_at", "id")`);
    // Money is taken at most once per booking, whatever the idempotency keys of the attempts.
    this.addSql(`create unique index "payment_one_capture_per_booking" on "payment" ("booking_id")
      where "status" in ('SUCCEEDED', 'PARTIALLY_REFUNDED', 'REFUNDED')`);
  }
}
