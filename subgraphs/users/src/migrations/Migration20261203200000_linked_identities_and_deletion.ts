import { Migration } from '@mikro-orm/migrations';

export class Migration20261203200000_linked_identities_and_deletion extends Migration {
  override up(): void {
    this.addSql(`alter table "app_user" add column "deleted_at" timestamptz null`);
    this.addSql(`create table "linked_identity" (
      "id" uuid primary key,
      "provider" text not null,
      "subject" text not null,
      "user_id" uuid not null references "app_user" ("id") on delete cascade,
      "created_at" timestamptz not null,
      unique ("provider", "subject"))`);
    this.addSql(`create index "linked_identity_user_id_index" on "linked_identity" ("user_id")`);
  }
}
