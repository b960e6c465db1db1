import { availableParallelism } from 'node:os';
import { ChildService, dropDatabases, entryPoint, startStack, SUBGRAPHS, type RunningStack } from '@boxoffice/devstack';
import { benchSettings } from '../settings.js';
import { hotDrop, type DropResult } from './drop.js';
import { must } from './graphql.js';
import { createVenue, pickSeats, publishEvent, registerAccounts, seatCount, type Account, type Layout } from './on-sale.js';
import { pgbenchTps } from './pgbench.js';

/**
 * `npm run bench -- hot-drop`: an on-sale as it happens. CUSTOMERS customers (registered before
 * the timed part) each send one holdSeats for 1-4 adjacent seats, CONCURRENCY in flight, at one
 * published event:
 *   1. 500 seats, through the gateway;
 *   2. 500 seats, straight to the bookings subgraph (the customers' own tokens);
 *   3. the same at a bookings replica started with MAX_SEATS_PER_CUSTOMER=0 (no cap): what the
 *      cap costs;
 *   4. pgbench simple-update on the same Postgres server: the baseline the figures are divided by;
 *   5. a 50,000-seat stadium: the time to create it and to get an event on sale, then the hot
 *      drop of (1) on it.
 */
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 100);
const PGBENCH_SECONDS = Number(process.env.BENCH_PGBENCH_SECONDS ?? 15);
/** Issue 20's goal: holds through the gateway per second, as a share of pgbench's TPS. */
const GATEWAY_GOAL = 0.3;
const SMALL: Layout = { sections: 1, rowsPerSection: 10, seatsPerRow: 50 };
const STADIUM: Layout = { sections: 25, rowsPerSection: 20, seatsPerRow: 100 };

const { portBase, serverUrl, databasePrefix } = benchSettings();
await dropDatabases(serverUrl, databasePrefix);
const stack = await startStack({
  portBase,
  databasePrefix,
  adminEmail: 'admin@boxoffice.bench',
  adminPassword: 'bench-admin-pass',
  // The 2,000 welcome mails of the registrations would be sent during the timed part: not an on-sale's work.
  env: { LOG_LEVEL: 'warn', RATE_LIMIT_REQUESTS: '100000000', MAIL_SEND_INTERVAL_MS: '3600000' },
  // Errors only; kafkajs reports consumer group rebalances (the replica joining) as errors too.
  log: (service, line) => line.includes('"level":50') && !line.includes('"logger":"kafkajs"') && console.error(`[${service}] ${line}`),
});
const uncapped = await startBookingsReplica(stack, portBase + 10, { MAX_SEATS_PER_CUSTOMER: '0' });
try {
  const gateway = stack.gatewayUrl;
  const [organizer] = (await registerAccounts(gateway, 1, 'ORGANIZER')) as [Account];
  const customers = await registerAccounts(gateway, CUSTOMERS, 'CUSTOMER');
  const drop = async (url: string, bookingsOrigin: string, layout: Layout, crowd = customers) => {
    const venue = await createVenue(gateway, organizer, layout);
    const eventId = await publishEvent(gateway, organizer, venue.id, seatCount(layout));
    // Subgraphs answer only the gateway: a direct drop signs as the gateway does.
    const subgraphSecret = url === gateway ? undefined : stack.subgraphSecret;
    return hotDrop({ url, subgraphSecret, gateway, bookingsOrigin, eventId, customers: crowd, picks: pickSeats(venue, crowd.length), concurrency: CONCURRENCY });
  };

  // Warm-up: JIT, connection pools, caches, on every path measured below.
  const warmUpCrowd = customers.slice(0, 300);
  await drop(gateway, stack.origins.bookings, SMALL, warmUpCrowd);
  await drop(`${stack.origins.bookings}/graphql`, stack.origins.bookings, SMALL, warmUpCrowd);
  await drop(`${uncapped.origin}/graphql`, uncapped.origin, SMALL, warmUpCrowd);

  const viaGateway = await drop(gateway, stack.origins.bookings, SMALL);
  const direct = await drop(`${stack.origins.bookings}/graphql`, stack.origins.bookings, SMALL);
  const directUncapped = await drop(`${uncapped.origin}/graphql`, uncapped.origin, SMALL);
  await settle();
  const tps = await pgbenchTps(serverUrl, `${databasePrefix}_pgbench`, PGBENCH_SECONDS);

  console.log(`\nhot drop: ${CUSTOMERS} customers, one holdSeats each (1-4 adjacent seats), ${CONCURRENCY} in flight`);
  report(`500 seats via gateway`, viaGateway, tps);
  report(`500 seats direct to bookings`, direct, tps);
  report(`500 seats direct, no seat cap`, directUncapped, tps);
  console.log(`pgbench simple-update -N -c 16 -j 2 -T ${PGBENCH_SECONDS}: ${tps.toFixed(0)} TPS`);
  budgetAtGoal(viaGateway, tps);

  let started = performance.now();
  const stadium = await createVenue(gateway, organizer, STADIUM);
  const venueSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  const stadiumEvent = await publishEvent(gateway, organizer, stadium.id, seatCount(STADIUM));
  const publishSeconds = (performance.now() - started) / 1000;
  const reads = await timeStadiumReads(gateway, stadium.id, stadiumEvent);
  const stadiumDrop = await hotDrop({
    url: gateway,
    gateway,
    bookingsOrigin: stack.origins.bookings,
    eventId: stadiumEvent,
    customers,
    picks: pickSeats(stadium, CUSTOMERS),
    concurrency: CONCURRENCY,
  });

  console.log(`\nstadium: ${seatCount(STADIUM)} seats in ${STADIUM.sections} sections`);
  console.log(`  createVenue ${venueSeconds.toFixed(1)} s; createEvent + publishEvent until on sale in bookings ${publishSeconds.toFixed(1)} s`);
  console.log(`  seatAvailability (sections) ${reads.availabilityMs.toFixed(0)} ms; seatAvailability.seats(state: AVAILABLE) ${reads.seatsMs.toFixed(0)} ms; venue.sections.seats ${reads.venueMs.toFixed(0)} ms`);
  report(`50,000 seats via gateway`, stadiumDrop, tps);

  console.log('\ngoals');
  goal(`gateway holds/s >= ${GATEWAY_GOAL} x pgbench TPS`, viaGateway.requestsPerSecond / tps, '>=', GATEWAY_GOAL);
  for (const [name, result] of [['500 via gateway', viaGateway], ['500 direct', direct], ['50,000 via gateway', stadiumDrop]] as const) {
    goal(`${name}: p99 <= 5 x p50`, result.p99Ms / result.p50Ms, '<=', 5);
    goal(`${name}: seats held twice`, result.seatsHeldTwice, '<=', 0);
    const refusals = [...result.outcomes.keys()].filter((code) => code !== 'OK' && code !== 'SEAT_UNAVAILABLE');
    goal(`${name}: refusals other than SEAT_UNAVAILABLE`, refusals.length, '<=', 0);
  }
  goal(`50,000-seat holds/s within 20% of 500-seat (ratio)`, stadiumDrop.requestsPerSecond / viaGateway.requestsPerSecond, '>=', 0.8);
  goal(`seat cap's cost: direct holds/s capped / uncapped`, direct.requestsPerSecond / directUncapped.requestsPerSecond, '>=', 0.9);
} finally {
  await uncapped.service.stop();
  await stack.stop();
  await dropDatabases(serverUrl, databasePrefix);
}

function report(name: string, result: DropResult, tps: number): void {
  const outcomes = [...result.outcomes].map(([code, n]) => `${code} ${n}`).join(', ');
  const counts = result.after;
  const addsUp = counts.available + counts.held + counts.sold === counts.total && counts.held === result.seatsHeld;
  console.log(
    `${name.padEnd(32)} ${result.requestsPerSecond.toFixed(0).padStart(5)} holds/s (${(result.requestsPerSecond / tps).toFixed(3)} x pgbench)` +
      `  p50 ${result.p50Ms.toFixed(0)} ms  p99 ${result.p99Ms.toFixed(0)} ms (${(result.p99Ms / result.p50Ms).toFixed(1)} x p50)`,
  );
  console.log(
    `${''.padEnd(32)} ${outcomes}; seats held ${result.seatsHeld}, held twice ${result.seatsHeldTwice};` +
      ` counts ${counts.available}/${counts.held}/${counts.sold} of ${counts.total} ${addsUp ? 'add up' : 'DO NOT ADD UP'};` +
      ` ${result.statementsPerHold.toFixed(2)} SQL statements per hold in bookings`,
  );
  const cpu = result.cpuMsPerHold;
  console.log(
    `${''.padEnd(32)} CPU ms per hold: gateway ${cpu.gateway.toFixed(2)}, bookings ${cpu.bookings.toFixed(2)}, postgres ${cpu.postgres.toFixed(2)}, this client ${cpu.client.toFixed(2)}`,
  );
}

/**
 * What the holds/s goal leaves per hold: every process of the drop shares this machine's cores,
 * so at the goal's rate each hold may cost at most cores / rate of CPU, all parts together.
 */
function budgetAtGoal(result: DropResult, tps: number): void {
  const cores = availableParallelism();
  const rate = GATEWAY_GOAL * tps;
  const cpu = result.cpuMsPerHold;
  console.log(
    `CPU budget at the goal: ${GATEWAY_GOAL} x ${tps.toFixed(0)} TPS = ${rate.toFixed(0)} holds/s on ${cores} cores leaves ${((cores * 1000) / rate).toFixed(2)} ms per hold for all processes;` +
      ` via gateway, Postgres and this client alone used ${(cpu.postgres + cpu.client).toFixed(2)} ms, the gateway and bookings ${(cpu.gateway + cpu.bookings).toFixed(2)} ms`,
  );
}

function goal(name: string, value: number, relation: '>=' | '<=', target: number): void {
  const met = relation === '>=' ? value >= target : value <= target;
  console.log(`  ${met ? 'met    ' : 'NOT MET'} ${name}: ${Number.isInteger(value) ? value : value.toFixed(2)} (${relation} ${target})`);
}

/** Lets the outbox relays and consumers finish the drops' facts before pgbench measures. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 3000));
}

async function timeStadiumReads(gateway: string, venueId: string, eventId: string) {
  const timed = async (query: string, variables: Record<string, unknown>) => {
    const started = performance.now();
    await must(gateway, query, variables);
    return performance.now() - started;
  };
  return {
    availabilityMs: await timed(`query($id: ID!) { seatAvailability(eventId: $id) { total available sections { section { id } available } } }`, { id: eventId }),
    seatsMs: await timed(`query($id: ID!) { seatAvailability(eventId: $id) { seats(state: AVAILABLE) { seat { id } } } }`, { id: eventId }),
    venueMs: await timed(`query($id: ID!) { venue(id: $id) { sections { seats { id label } } } }`, { id: venueId }),
  };
}

/** A second bookings process on the stack's database, Kafka and keys, with `env` on top. */
async function startBookingsReplica(stack: RunningStack, port: number, env: NodeJS.ProcessEnv) {
  const origin = `http://127.0.0.1:${port}`;
  const service = new ChildService('bookings-replica', entryPoint('bookings'), {
    ...process.env,
    LOG_LEVEL: 'warn',
    PORT: String(port),
    DATABASE_NAME_PREFIX: databasePrefix,
    KAFKA_BROKERS: stack.kafkaBrokers.join(','),
    JWKS_URL: `${stack.origins.users}/.well-known/jwks.json`,
    JWT_PRIVATE_KEYS: stack.signingKeys,
    ...(stack.subgraphSecret ? { SUBGRAPH_SHARED_SECRET: stack.subgraphSecret } : {}),
    ...Object.fromEntries(SUBGRAPHS.map((name) => [`${name.toUpperCase()}_URL`, `${stack.origins[name]}/graphql`])),
    ...env,
  }, () => undefined);
  await service.waitUntilReady(`${origin}/health/ready`);
  return { service, origin };
}
