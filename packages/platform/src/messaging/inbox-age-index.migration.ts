import { Migration } from '@mikro-orm/migrations';

/** Lets InboxPruner find the inbox's oldest rows without reading the whole table. */
export class InboxAgeIndex extends Migration {
  override up(): void {
    this.addSql(`create index "processed_event_processed_at_idx" on "processed_event" ("processed_at")`);
  }
}
