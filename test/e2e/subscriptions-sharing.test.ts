import type { ChildService } from '@boxoffice/devstack';
import { createClient, type Client } from 'graphql-ws';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import { eventOnSale, eventually, gqlOk, metricSample, registerUser, seatedSection, subscribe, wsClient, type EventFixture, type TestUser } from '../support/index.js';
import { replicaPort, startReplica } from '../support/replica.js';

const AVAILABILITY = `subscription($id: ID!) { seatAvailabilityChanged(eventId: $id) { available held version } }`;
const holdSeat = (event: EventFixture, customer: TestUser, section: number, seat: number) =>
  gqlOk(`mutation($e: ID!, $s: [ID!]!) { holdSeats(eventId: $e, seatIds: $s) { id } }`, { e: event.id, s: [event.venue.sections[section]!.seats[seat]!.id] }, customer.token);
const releaseHold = (holdId: string, customer: TestUser) => gqlOk(`mutation($id: ID!) { releaseHold(holdId: $id) }`, { id: holdId }, customer.token);

/**
 * Changes the event's availability `count` times (a hold, then its release, and so on, so no
 * hold lives long enough to expire and change it on its own) and returns how long after each
 * change's response its version reached `delayOf`.
 */
async function changeAndTime(event: EventFixture, customer: TestUser, count: number, delayOf: (version: number, since: number) => Promise<number>, between?: (i: number) => Promise<void>) {
  const delays: number[] = [];
  let holdId: string | undefined;
  for (let i = 0; i < count; i += 1) {
    await between?.(i);
    if (holdId) {
      await releaseHold(holdId, customer);
      holdId = undefined;
    } else {
      holdId = (await holdSeat(event, customer, 0, 0)).holdSeats.id;
    }
    const changedAt = Date.now();
    delays.push(await delayOf(await currentVersion(event), changedAt));
  }
  return delays;
}
// Holds expire after HOLD_TTL_SECONDS (10 in tests), so pushes are matched by version, not by counts.
const currentVersion = async (event: EventFixture) =>
  (await gqlOk(`query($id: ID!) { seatAvailability(eventId: $id) { version } }`, { id: event.id })).seatAvailability.version as number;
const atLeast = (version: number) => (r: { data?: any }) => r.data?.seatAvailabilityChanged?.version >= version;

/** When each version of the event's availability reached `client` (epoch ms). */
function arrivals(client: Client, eventId: string, query = AVAILABILITY) {
  const seen: Array<[number, number]> = [];
  const stop = client.subscribe<any>(
    { query, variables: { id: eventId } },
    { next: (r) => seen.push([r.data?.seatAvailabilityChanged?.version ?? -1, Date.now()]), error: () => undefined, complete: () => undefined },
  );
  return {
    stop,
    /** How long after `since` version `version` or a later one arrived. */
    delayOf: (version: number, since: number) =>
      eventually(async () => {
        const hit = seen.find(([v]) => v >= version);
        if (!hit) throw new Error(`version ${version} not delivered`);
        return Math.max(0, hit[1] - since);
      }, 10_000, 10),
  };
}

/** A counter or gauge from a gateway replica's /metrics. */
const metric = async (port: number, name: string): Promise<number> => Number(await metricSample(`http://127.0.0.1:${port}`, name));

describe('shared subscription executions (on a gateway replica of their own, so its counters are theirs)', () => {
  const port = replicaPort('subscriptions-sharing');
  let replica: ChildService;
  let organizer: TestUser;
  let customer: TestUser;
  const clients: Client[] = [];
  const clientOf = (token?: string) => {
    const client = createClient({
      url: `ws://127.0.0.1:${port}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    });
    clients.push(client);
    return client;
  };
  beforeAll(async () => {
    [organizer, customer, replica] = await Promise.all([
      registerUser('ORGANIZER'),
      registerUser('CUSTOMER'),
      // The slow-consumer case subscribes to sixty seat maps at once: far over the default cost limit.
      startReplica('gateway', port, { SUBSCRIPTION_MAX_BUFFERED_BYTES: '1024', SUBSCRIPTION_SLOW_CONSUMER_GRACE_MS: '2000', MAX_QUERY_COMPLEXITY: '100000000' }),
    ]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await replica?.stop();
  });

  it('two viewers of one public selection cause one execution per change', async () => {
    const event = await eventOnSale(organizer);
    const a = subscribe(clientOf(customer.token), AVAILABILITY, { id: event.id });
    const b = subscribe(clientOf(), AVAILABILITY, { id: event.id });
    try {
      await Promise.all([a.next(), b.next()]);
      for (let seat = 0; seat < 3; seat += 1) {
        const before = await metric(port, 'subscription_executions_total');
        await holdSeat(event, customer, 0, seat);
        const version = await currentVersion(event);
        const [pushedA, pushedB] = await Promise.all([a.nextMatching(atLeast(version)), b.nextMatching(atLeast(version))]);
        expect(pushedB.data).toEqual(pushedA.data);
        expect((await metric(port, 'subscription_executions_total')) - before).toBe(1);
      }
    } finally {
      a.close();
      b.close();
    }
  });

  it("a viewer-dependent selection never shows one viewer's answer to another", async () => {
    const event = await eventOnSale(organizer);
    const query = `subscription($id: ID!) { seatAvailabilityChanged(eventId: $id) { held event { bookings { totalCount } } } }`;
    const ofOrganizer = subscribe(clientOf(organizer.token), query, { id: event.id });
    const ofCustomer = subscribe(clientOf(customer.token), query, { id: event.id });
    try {
      const [mine, theirs] = await Promise.all([ofOrganizer.next(), ofCustomer.next()]);
      expect(mine.errors).toBeUndefined();
      expect(mine.data?.seatAvailabilityChanged.event.bookings.totalCount).toBe(0);
      expect(theirs.data?.seatAvailabilityChanged?.event?.bookings).toBeUndefined();
      expect(theirs.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      await holdSeat(event, customer, 0, 0);
      const pushed = await ofOrganizer.nextMatching((r) => r.data?.seatAvailabilityChanged.held >= 1);
      expect(pushed.data?.seatAvailabilityChanged.event.bookings.totalCount).toBe(0);
    } finally {
      ofOrganizer.close();
      ofCustomer.close();
    }
  });

  it('100 rapid changes cost far fewer executions, and the final version is delivered', async () => {
    const event = await eventOnSale(organizer, { sections: [seatedSection('Floor', ['A', 'B', 'C', 'D', 'E'], 20)] });
    const pushes = subscribe(clientOf(), AVAILABILITY, { id: event.id });
    try {
      await pushes.next();
      const before = await metric(port, 'subscription_executions_total');
      // Ten customers, ten seats each: no one passes the per-customer seat cap.
      const crowd = await Promise.all(Array.from({ length: 10 }, () => registerUser()));
      await Promise.all(Array.from({ length: 100 }, (_, seat) => holdSeat(event, crowd[seat % 10]!, 0, seat)));
      const final = await currentVersion(event);
      const last = await pushes.nextMatching(atLeast(final));
      expect(last.data?.seatAvailabilityChanged.version).toBeGreaterThanOrEqual(final);
      const executions = (await metric(port, 'subscription_executions_total')) - before;
      expect(executions).toBeGreaterThan(0);
      expect(executions).toBeLessThan(50);
    } finally {
      pushes.close();
    }
  });

  it('a socket that does not read neither delays a reading one nor keeps growing: it is closed with 4008', async () => {
    const event = await eventOnSale(organizer, { sections: [seatedSection('Floor', ['A', 'B', 'C', 'D', 'E'], 20)] });
    // Sixty copies of the seat map make every push about 360 kB: the unread socket fills its kernel buffers fast.
    const seats = Array.from({ length: 60 }, (_, i) => `s${i}: seats { seat { id } state }`).join(' ');
    const query = `subscription($id: ID!) { seatAvailabilityChanged(eventId: $id) { held version ${seats} } }`;
    const stalled = new WebSocket(`ws://127.0.0.1:${port}/graphql`, 'graphql-transport-ws');
    const closed = new Promise<number>((resolve) => stalled.on('close', (code) => resolve(code)));
    await new Promise((resolve) => stalled.once('open', resolve));
    stalled.send(JSON.stringify({ type: 'connection_init' }));
    await new Promise((resolve) => stalled.once('message', resolve));
    stalled.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables: { id: event.id } } }));
    await new Promise((resolve) => stalled.once('message', resolve));
    stalled.pause();
    const reader = arrivals(clientOf(), event.id, query);
    try {
      await reader.delayOf(0, 0);
      // Every change reaches the reader (delayOf waits for each version), typically within a second.
      const delays = await changeAndTime(event, customer, 20, reader.delayOf);
      expect(delays.sort((a, b) => a - b)[delays.length / 2]).toBeLessThan(1_000);
      // Under load, changes coalesce into fewer pushes, and the kernel's socket buffers take several
      // MB before the gateway's own buffer grows: keep changing until the unread socket is closed.
      await eventually(async () => {
        if ((await metric(port, 'subscription_slow_consumers_closed_total')) >= 1) return;
        await changeAndTime(event, customer, 2, reader.delayOf);
        throw new Error('the unread socket is still open');
      }, 60_000, 100);
      stalled.resume();
      expect(await closed).not.toBe(1000);
    } finally {
      reader.stop();
      stalled.terminate();
    }
  }, 120_000);
});

describe('Redis channels and replicas', () => {
  let organizer: TestUser;
  let customer: TestUser;
  let redis: Redis;
  beforeAll(async () => {
    redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    [organizer, customer] = await Promise.all([registerUser('ORGANIZER'), registerUser('CUSTOMER')]);
  });
  afterAll(() => redis.quit());

  it('unsubscribing releases the Redis channel', async () => {
    const event = await eventOnSale(organizer);
    const channel = `boxoffice:availability:${event.id}`;
    const listeners = async () => ((await redis.pubsub('NUMSUB', channel)) as [string, number])[1];
    const client = wsClient();
    const pushes = subscribe(client, AVAILABILITY, { id: event.id });
    await pushes.next();
    expect(await listeners()).toBe(1);
    pushes.close();
    await eventually(async () => expect(await listeners()).toBe(0), 5_000);
    await client.dispose();
  });

  // Before, a joining or leaving replica made the shared consumer group rebalance: pushes stalled
  // for about the session timeout. Measured against the same path's delays just before, so that
  // a loaded machine's slowness is not mistaken for a pause.
  it('no push is delayed by more than a second while a gateway replica joins and leaves', async () => {
    const event = await eventOnSale(organizer);
    const client = wsClient();
    const pushes = arrivals(client, event.id);
    await pushes.delayOf(0, 0);
    const usual = Math.max(...(await changeAndTime(event, customer, 4, pushes.delayOf)));
    let replicaUp = false;
    const replica = startReplica('gateway', replicaPort('subscriptions-sharing:joining')).then((started) => ((replicaUp = true), started));
    try {
      // Changes while the replica starts and joins, then while it leaves.
      const delays = await changeAndTime(event, customer, 6, pushes.delayOf, async () => {
        if (!replicaUp) await new Promise((resolve) => setTimeout(resolve, 500));
      });
      const stopping = (await replica).stop();
      delays.push(...(await changeAndTime(event, customer, 4, pushes.delayOf)));
      await stopping;
      delays.push(...(await changeAndTime(event, customer, 2, pushes.delayOf)));
      expect(Math.max(...delays)).toBeLessThan(usual + 1_000);
    } finally {
      pushes.stop();
      await client.dispose();
      await (await replica.catch(() => undefined))?.stop();
    }
  }, 90_000);
});
