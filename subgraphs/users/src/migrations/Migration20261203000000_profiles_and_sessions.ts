import { Migration } from '@mikro-orm/migrations';

export class Migration20261203000000_profiles_and_sessions extends Migration {
  override up(): void {
    this.addSql(`alter table "app_user" add column "phone" text null, add column "locale" text null, add column "time_zone" text null`);
    this.addSql(`create table "device_session" (
      "id" uuid primary key,
      "user_id" uuid not null references "app_user" ("id") on delete cascade,
      "user_agent" text null,
      "client_address" text null,
      "created_at" timestamptz not null,
      "last_used_at" timestamptz not null,
      "expires_at" timestamptz not null,
      "revoked_at" timestamptz null)`);
    this.addSql(`create index "device_session_user_id_last_used_at_index" on "device_session" ("user_id", "last_used_at")`);
    // Families issued before sessions were kept become sessions without device details.
    this.addSql(`insert into "device_session" ("id", "user_id", "created_at", "last_used_at", "expires_at", "revoked_at")
      select "family_id", min("user_id"::text)::uuid, min("created_at"), max("created_at"), max("expires_at"),
             case when bool_or("revoked_at" is not null) then max("revoked_at") end
      from "refresh_token" group by "family_id"`);
  }
}
