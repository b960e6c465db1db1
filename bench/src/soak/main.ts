import { benchSettings } from '../settings.js';
import { withBenchStack } from '../bench-stack.js';
import { describeSoak, runSoak } from './soak.js';

/**
 * `npm run bench -- soak`: SOAK_SECONDS (default 600) of mixed traffic from SOAK_CUSTOMERS (default
 * 40) customers against a private stack; prints its vital signs and fails on any problem.
 */
const SECONDS = Number(process.env.SOAK_SECONDS ?? 600);
const CUSTOMERS = Number(process.env.SOAK_CUSTOMERS ?? 40);
const { serverUrl, databasePrefix } = benchSettings();

await withBenchStack({ RATE_LIMIT_REQUESTS: '100000000', MAX_SEATS_PER_CUSTOMER: '0', NODE_OPTIONS: '--expose-gc' }, async (stack) => {
  const report = await runSoak({
    gatewayUrl: stack.gatewayUrl,
    stack: {
      origins: { ...stack.origins, gateway: new URL(stack.gatewayUrl).origin },
      serverUrl,
      databasePrefix,
      redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      kafkaBrokers: stack.kafkaBrokers,
    },
    seconds: SECONDS,
    customers: CUSTOMERS,
  });
  for (const line of describeSoak(report)) console.log(line);
  if (report.problems.length > 0) process.exitCode = 1;
});
