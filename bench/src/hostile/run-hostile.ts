import { SUBGRAPHS } from '@boxoffice/devstack';
import { withBenchStack } from '../bench-stack.js';
import { format, measure } from '../measure.js';
import { runHostile } from './hostile-run.js';

/**
 * `npm run bench -- hostile`: BENCH_HOSTILE_REQUESTS (default 10,000) hostile requests of every
 * kind in `abuses.ts` against a private stack, then a normal query; prints what broke a rule,
 * and the gateway's normal throughput before and after, measured in the same run.
 */
const REQUESTS = Number(process.env.BENCH_HOSTILE_REQUESTS ?? 10_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);

export async function run(): Promise<void> {
  await withBenchStack({ RATE_LIMIT_REQUESTS: String(REQUESTS * 100), TRUST_PROXY: 'loopback' }, async (stack) => {
    const normal = async () => {
      const response = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ events(first: 5) { totalCount nodes { id } } }' }) });
      if (!response.ok) throw new Error(`normal query: HTTP ${response.status}`);
      await response.text();
    };
    await measure(normal, 200, CONCURRENCY);
    const before = await measure(normal, 1_000, CONCURRENCY);
    const started = performance.now();
    const report = await runHostile({ gatewayUrl: stack.gatewayUrl, subgraphUrls: SUBGRAPHS.map((name) => `${stack.origins[name]}/graphql`) }, REQUESTS, CONCURRENCY);
    const seconds = (performance.now() - started) / 1000;
    const after = await measure(normal, 1_000, CONCURRENCY);

    console.log(`${report.requests} hostile requests of ${report.kinds} kinds in ${seconds.toFixed(1)} s (${(report.requests / seconds).toFixed(0)} req/s), ${CONCURRENCY} at a time`);
    console.log(`HTTP 5xx: ${report.serverErrors}; answers that broke a rule: ${report.problems.length}`);
    for (const problem of report.problems) console.log(`  ${problem}`);
    console.log(`normal query right after: ${report.normalQueryMs.toFixed(0)} ms`);
    console.log(`normal queries before  ${format(before)}`);
    console.log(`normal queries after   ${format(after)}`);
    console.log(`throughput after/before: ${(after.requestsPerSecond / before.requestsPerSecond).toFixed(2)}x`);
    if (report.serverErrors > 0 || report.problems.length > 0) process.exitCode = 1;
  });
}
