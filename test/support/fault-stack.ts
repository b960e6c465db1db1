import { startPrivateStack, type PrivateStack } from './private-stack.js';
import { startTcpProxy, type TcpProxy } from './tcp-proxy.js';

/** The payment provider's delay on the fault stack: a slow provider, as point 5 of the fault tests wants. */
export const PROVIDER_DELAY_MS = 2_000;

/** A private stack whose Postgres and Redis connections pass through loopback proxies a test can cut. */
export interface FaultStack {
  stack: PrivateStack;
  postgres: TcpProxy;
  redis: TcpProxy;
  stop(): Promise<void>;
}

/**
 * One stack for every fault scenario (test/reliability/faults.test.ts runs them one after
 * another): the launcher restarts crashed services, the mock provider takes PROVIDER_DELAY_MS
 * per call, stale payment attempts are reconciled after 3 s, Postgres and Redis are reached
 * through proxies, and every process runs with --expose-gc. The test's own checks (queryDatabase) reach Postgres directly.
 */
export async function startFaultStack(offset: number): Promise<FaultStack> {
  const redisUrl = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  const postgresUrl = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const redis = await startTcpProxy(`${redisUrl.hostname}:${redisUrl.port || 6379}`);
  const postgres = await startTcpProxy(`${postgresUrl.hostname}:${postgresUrl.port || 5432}`);
  for (const [url, proxy] of [[postgresUrl, postgres], [redisUrl, redis]] as const) url.host = proxy.address;
  const stack = await startPrivateStack(offset, {
    restartCrashed: true,
    env: {
      REDIS_URL: redisUrl.toString(),
      DATABASE_URL: postgresUrl.toString(),
      MOCK_PAYMENT_DELAY_MS: String(PROVIDER_DELAY_MS),
      PAYMENT_RECONCILE_AFTER_MS: '3000',
      // Facts may lag while the shared stack serves other files beside this one.
      PROJECTION_WAIT_MS: '10000',
      // The soak reads each process's heap after a collection it asks for (/metrics?gc).
      NODE_OPTIONS: '--expose-gc',
    },
  });
  return {
    stack,
    postgres,
    redis,
    async stop() {
      // A scenario that failed half-way may have left a proxy cut; the services shut down cleaner with it restored.
      await Promise.all([postgres.restore(), redis.restore()]);
      await stack.stop();
      await Promise.all([postgres.close(), redis.close()]);
    },
  };
}
