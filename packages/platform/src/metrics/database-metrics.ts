import type { MikroORM } from '@mikro-orm/postgresql';
import { Gauge } from 'prom-client';
import { metricsRegistry } from './registry.js';

/** Connections of the ORM's pool: checked out by a unit of work, and requests waiting for one. */
export async function watchDatabasePool(orm: MikroORM): Promise<void> {
  const pool = await orm.em.getConnection().getNativeClient();
  new Gauge({
    name: 'db_pool_connections_in_use',
    help: 'Database connections of the pool checked out right now',
    registers: [metricsRegistry],
    collect() {
      this.set(pool.totalCount - pool.idleCount);
    },
  });
  new Gauge({
    name: 'db_pool_waiting_requests',
    help: 'Units of work waiting for a database connection',
    registers: [metricsRegistry],
    collect() {
      this.set(pool.waitingCount);
    },
  });
}
