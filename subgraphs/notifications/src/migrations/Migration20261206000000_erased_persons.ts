import { Migration } from '@mikro-orm/migrations';

/**
 * The ids of deleted accounts, and nothing else about them: a fact about such a person that
 * arrives after their UserDeleted (facts of other topics come in any order) must not store a
 * notification or a mail for them again, a mail that no person's fact would ever address.
 */
export class Migration20261206000000_erased_persons extends Migration {
  override up(): void {
    this.addSql(`create table "erased_person" ("id" uuid primary key, "erased_at" timestamptz not null)`);
  }
}
