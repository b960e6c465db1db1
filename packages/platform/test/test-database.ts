import { createLogger } from '../src/logging/logger.js';
import { initOrm } from '../src/orm/init-orm.js';

/** The silent logger of this folder's tests. */
export const logger = createLogger('platform-test', 'silent');

/** A database of the test run's own (dropped with the run's); one per file, so no two files' migrations race. */
export const testDatabaseUrl = (name: string) =>
  `${process.env.BOXOFFICE_TEST_DATABASE_URL!.replace(/\/[^/]*$/, '')}/${process.env.BOXOFFICE_TEST_DATABASE_PREFIX}_${name}`;

/** MikroORM on `databaseUrl` with the platform's own tables only: the outbox and the inbox. */
export const connectOrm = (databaseUrl: string) => initOrm({ databaseUrl, entities: [], migrations: [], logger });
