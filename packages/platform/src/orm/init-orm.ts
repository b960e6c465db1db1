import { Migrator, type Migration } from '@mikro-orm/migrations';
import { MikroORM } from '@mikro-orm/postgresql';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import type { Constructor } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { OutboxMessage } from '../messaging/outbox-message.entity.js';
import { ProcessedEvent } from '../messaging/processed-event.entity.js';
import { MessagingTables } from '../messaging/messaging-tables.migration.js';
import { OutboxForBusyAndBig } from '../messaging/outbox-busy-and-big.migration.js';
import { OutboxActor } from '../messaging/outbox-actor.migration.js';
import { OutboxTraceContext } from '../messaging/outbox-trace-context.migration.js';
import { OutboxSecretKeys } from '../messaging/outbox-secret-keys.migration.js';
import { OutboxNotifyOnRows } from '../messaging/outbox-notify-on-rows.migration.js';
import { InboxAgeIndex } from '../messaging/inbox-age-index.migration.js';
import { ensureDatabase } from './ensure-database.js';
import { countStatement } from './query-counter.js';
import { PROJECTED_FACT_BASES } from './projected-facts.js';
import { RECORD_BASES } from './records.js';

export interface NamedMigration {
  name: string;
  class: Constructor<Migration>;
}

export interface OrmOptions {
  databaseUrl: string;
  entities: Constructor<object>[];
  /** The subgraph's migrations, oldest first; the outbox/inbox tables' migration runs before them. */
  migrations: NamedMigration[];
  logger: Logger;
}

/** Creates the database if missing, connects MikroORM and applies pending migrations. */
export async function initOrm({ databaseUrl, entities, migrations, logger }: OrmOptions): Promise<MikroORM> {
  await ensureDatabase(databaseUrl);
  const orm = await MikroORM.init({
    clientUrl: databaseUrl,
    entities: [...RECORD_BASES, ...PROJECTED_FACT_BASES, ...entities, OutboxMessage, ProcessedEvent],
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    migrations: {
      migrationsList: [
        { name: 'Migration00000000000000_messaging', class: MessagingTables },
        { name: 'Migration00000000000001_outbox_busy_and_big', class: OutboxForBusyAndBig },
        { name: 'Migration00000000000002_outbox_actor', class: OutboxActor },
        { name: 'Migration00000000000003_outbox_trace_context', class: OutboxTraceContext },
        { name: 'Migration00000000000004_outbox_secret_keys', class: OutboxSecretKeys },
        { name: 'Migration00000000000005_outbox_notify_on_rows', class: OutboxNotifyOnRows },
        { name: 'Migration00000000000006_inbox_age_index', class: InboxAgeIndex },
        ...migrations,
      ],
      transactional: true,
      allOrNothing: true,
      // Migrations are written by hand; no schema snapshot files next to the code.
      snapshot: false,
      // Applied migrations are logged once, through the service's logger, below.
      silent: true,
    },
    onQuery: countStatement,
    // Every unit of work must run on an explicit fork (per request, per message, per job).
    allowGlobalContext: false,
    pool: { min: 0, max: 10 },
  });
  const applied = await orm.migrator.up();
  if (applied.length > 0) logger.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
  return orm;
}
