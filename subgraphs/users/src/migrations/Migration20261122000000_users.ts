import { Migration } from '@mikro-orm/migrations';

export class Migration20261122000000_users extends Migration {
  override up(): void {
    this.addSql(`create type "user_role" as enum ('CUSTOMER', 'ORGANIZER', 'ADMIN')`);
    this.addSql(`create table "app_user" (
      "id" uuid primary key,
      "name" text not null,
      "role" "user_role" not null default 'CUSTOMER',
      "email" text not null unique,
      "password_hash" text not null,
      "created_at" timestamptz not null)`);
    this.addSql(`create index "app_user_created_at_id_idx" on "app_user" ("created_at", "id")`);
    this.addSql(`create table "refresh_token" (
      "id" uuid primary key,
      "token_hash" text not null unique,
      "family_id" uuid not null,
      "user_id" uuid not null references "app_user" ("id") on delete cascade,
      "expires_at" timestamptz not null,
      "created_at" timestamptz not null,
      "spent_at" timestamptz null,
      "revoked_at" timestamptz null)`);
    this.addSql(`create index "refresh_token_family_id_idx" on "refresh_token" ("family_id")`);
  }
}
