import { Migration } from '@mikro-orm/migrations';

export class Migration20261202000000_account_tokens extends Migration {
  override up(): void {
    this.addSql(`alter table "app_user" add column "email_verified" boolean not null default false`);
    this.addSql(`create type "account_token_purpose" as enum ('VERIFY_EMAIL', 'RESET_PASSWORD')`);
    this.addSql(`create table "account_token" (
      "id" uuid primary key,
      "token_hash" text not null unique,
      "purpose" "account_token_purpose" not null,
      "user_id" uuid not null references "app_user" ("id") on delete cascade,
      "expires_at" timestamptz not null,
      "created_at" timestamptz not null,
      "used_at" timestamptz null)`);
    this.addSql(`create index "account_token_user_id_purpose_idx" on "account_token" ("user_id", "purpose") where "used_at" is null`);
  }
}
