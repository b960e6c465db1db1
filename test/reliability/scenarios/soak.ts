import { describeSoak, runSoak } from '../../../bench/src/soak/soak.js';
import type { FaultStack } from '../../support/fault-stack.js';

/** The suite's soak is a minute long; `npm run bench -- soak` runs the ten. */
const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);

/** Point 7: mixed traffic for SECONDS; heaps flat, no leaked connections or channels, nothing left in flight. */
export function soak(faults: () => FaultStack): void {
  test(`${SECONDS} s of mixed traffic leave every process's heap flat, nothing leaked and nothing in flight`, async () => {
    const { stack } = faults();
    const report = await runSoak({
      gatewayUrl: stack.gatewayUrl,
      stack: {
        origins: { ...stack.origins, gateway: new URL(stack.gatewayUrl).origin },
        serverUrl: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
        databasePrefix: stack.databasePrefix,
        redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
        kafkaBrokers: stack.kafkaBrokers,
      },
      seconds: SECONDS,
      customers: 10,
    });
    console.log(describeSoak(report).join('\n'));
    expect(report.problems).toEqual([]);
    expect(Object.values(report.traffic.sent).reduce((sum, n) => sum + n, 0)).toBeGreaterThan(SECONDS);
  }, (SECONDS + 180) * 1000);
}
