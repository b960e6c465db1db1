import { Migration } from '@mikro-orm/migrations';

/**
 * Promo codes (see README, "Promo codes"): codes per event, unique ignoring case; the count of
 * redemptions held by open bookings, never past `max_redemptions` (the check has the last word);
 * each customer's redemptions per code; and on every booking its subtotal, discount, code and
 * what each seat was paid (in `seat_ids` order), so a refund of some seats knows their share.
 */
export class Migration20261202160000_promo_codes extends Migration {
  override up(): void {
    this.addSql(`create type "promo_kind" as enum ('PERCENT', 'FIXED')`);
    this.addSql(`create table "promo_code" (
      "id" uuid primary key,
      "event_id" uuid not null references "event_projection" ("id"),
      "code" text not null,
      "kind" "promo_kind" not null,
      "value" integer not null check ("value" > 0),
      "max_redemptions" integer null check ("max_redemptions" > 0),
      "per_customer_limit" integer null check ("per_customer_limit" > 0),
      "valid_from" timestamptz null,
      "valid_until" timestamptz null,
      "min_total_cents" integer null check ("min_total_cents" >= 0),
      "section_ids" uuid[] not null,
      "redemptions" integer not null default 0,
      "active" boolean not null default true,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      constraint "promo_code_redemptions_within_max" check (
        "redemptions" >= 0 and ("max_redemptions" is null or "redemptions" <= "max_redemptions")))`);
    this.addSql(`create unique index "promo_code_event_code_unique" on "promo_code" ("event_id", lower("code"))`);
    this.addSql(`create table "promo_customer_redemptions" (
      "promo_code_id" uuid not null references "promo_code" ("id"),
      "user_id" uuid not null,
      "redemptions" integer not null check ("redemptions" >= 0),
      primary key ("promo_code_id", "user_id"))`);

    this.addSql(`alter table "booking"
      add column "subtotal_cents" integer null,
      add column "discount_cents" integer not null default 0 check ("discount_cents" >= 0),
      add column "promo_code_id" uuid null references "promo_code" ("id"),
      add column "promo_code" text null,
      add column "seat_paid_cents" integer[] null`);
    // Bookings made before discounts paid each seat's price (as the event's projection has it now).
    this.addSql(`update "booking" b set "subtotal_cents" = b."total_cents",
      "seat_paid_cents" = array(
        select coalesce((select (p->>'priceCents')::int from jsonb_array_elements(e."prices") p where p->>'sectionId' = s."section_id"::text), 0)
        from unnest(b."seat_ids") with ordinality as u("seat_id", "position")
        join "venue_seat" s on s."id" = u."seat_id"
        order by u."position")
      from "event_projection" e where e."id" = b."event_id"`);
    this.addSql(`alter table "booking" alter column "subtotal_cents" set not null, alter column "seat_paid_cents" set not null,
      add constraint "booking_total_is_subtotal_less_discount" check ("total_cents" = "subtotal_cents" - "discount_cents")`);
  }
}
