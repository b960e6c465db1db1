import { seedDemo } from '@boxoffice/devstack/demo-seed';
import { signSubgraphRequest } from '@boxoffice/platform';
import { withBenchStack } from './bench-stack.js';
import { format, measure } from './measure.js';

/**
 * `npm run bench -- overhead`: starts a private stack (ports BENCH_PORT_BASE..+5, default 5900, its own databases) and prints, for
 * the same data, the cost of the federated path against a baseline measured in the same run:
 *   1. one subgraph's query through the gateway vs the same query sent to the subgraph itself
 *      (the gateway's own overhead);
 *   2. an event with venue, organizer and seat availability (three subgraphs joined by the
 *      gateway) vs the single-subgraph query of (1).
 */
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);

await withBenchStack({ RATE_LIMIT_REQUESTS: String(REQUESTS * 10) }, async (stack) => {
  const { eventId } = await seedDemo(stack.gatewayUrl);
  const post = (url: string, query: string) => async () => {
    const payload = JSON.stringify({ query, variables: { id: eventId } });
    // Subgraphs answer only the gateway: the direct baseline signs as the gateway does.
    const signature = url === stack.gatewayUrl ? {} : signSubgraphRequest(stack.subgraphSecret!, { method: 'POST', path: '/graphql', body: payload });
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...signature }, body: payload });
    const body = (await response.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  };
  const single = `query($id: ID!) { event(id: $id) { id title startsAt prices { priceCents } } }`;
  const federated = `query($id: ID!) { event(id: $id) { title venue { name capacity } organizer { name } seatAvailability { available held sold } } }`;

  const warm = (send: () => Promise<void>) => measure(send, 200, CONCURRENCY);
  await warm(post(`${stack.origins.events}/graphql`, single));
  await warm(post(stack.gatewayUrl, single));
  await warm(post(stack.gatewayUrl, federated));

  const direct = await measure(post(`${stack.origins.events}/graphql`, single), REQUESTS, CONCURRENCY);
  const viaGateway = await measure(post(stack.gatewayUrl, single), REQUESTS, CONCURRENCY);
  const joined = await measure(post(stack.gatewayUrl, federated), REQUESTS, CONCURRENCY);

  console.log(`${REQUESTS} requests, ${CONCURRENCY} at a time`);
  console.log(`events subgraph directly      ${format(direct)}`);
  console.log(`same query through gateway    ${format(viaGateway)}`);
  console.log(`3-subgraph join via gateway   ${format(joined)}`);
  console.log(`gateway overhead: throughput ratio ${(direct.requestsPerSecond / viaGateway.requestsPerSecond).toFixed(2)}x, p50 ratio ${(viaGateway.p50Ms / direct.p50Ms).toFixed(2)}x`);
  console.log(`3-subgraph join vs single-subgraph query via gateway: p50 ratio ${(joined.p50Ms / viaGateway.p50Ms).toFixed(2)}x`);
});
