import {
  eventually,
  gqlOk,
  holdSeats,
  nextSeats,
  subscribe,
  tryReleaseHold,
  wsClient,
  type EventFixture,
  type TestUser,
} from '../../support/index.js';
import type { FaultStack } from '../../support/fault-stack.js';
import { busyEvent } from './busy-event.js';

/** Seconds Redis stays unreachable: short in `npm test`; REDIS_OUTAGE_SECONDS=20 for the full length. */
const DOWN_SECONDS = Number(process.env.REDIS_OUTAGE_SECONDS ?? 8);
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const EVENTS = `{ events(first: 5) { nodes { id title } } }`;
const AVAILABILITY = `query($id: ID!) { seatAvailability(eventId: $id) { version held } }`;
const WATCH = `subscription($id: ID!) { seatAvailabilityChanged(eventId: $id) { version held } }`;

/** Point 6: Redis is unreachable for DOWN_SECONDS (the stack reaches it through a proxy the test cuts). */
export function redisOutage(faults: () => FaultStack): void {
  let customer: TestUser;
  let event: EventFixture;

  beforeAll(async () => {
    ({ customers: [customer], event } = await busyEvent(1));
  }, 60_000);

  const readiness = async () => ((await (await fetch(new URL('/health/ready', faults().stack.gatewayUrl))).json()) as { checks: Record<string, boolean> }).checks;

  test(`Redis down ${DOWN_SECONDS} s: requests (logins too) keep working, a subscription open across it ends on the current state, nothing crashes`, async () => {
    const { stack, redis } = faults();
    const pids = Object.fromEntries(Object.entries(stack.services).map(([name, service]) => [name, service.pid]));
    const client = wsClient(customer.token, stack.gatewayUrl.replace(/^http/, 'ws'));
    const watching = subscribe<{ seatAvailabilityChanged: { version: number; held: number } }>(client, WATCH, { id: event.id });
    // The first push: the state when the subscription started.
    await watching.next();

    await redis.cut();
    const downAt = Date.now();
    const slowest: Record<string, number> = {};
    let requests = 0;
    const timed = async <T>(what: string, work: () => Promise<T>): Promise<T> => {
      const started = Date.now();
      const result = await work();
      slowest[what] = Math.max(slowest[what] ?? 0, Date.now() - started);
      requests += 1;
      return result;
    };
    expect((await readiness()).redis).toBe(false);
    // Every request must answer (gqlOk and holdSeats fail the test on any error).
    while (Date.now() - downAt < DOWN_SECONDS * 1000) {
      await timed('events', () => gqlOk(EVENTS, {}, customer.token));
      await timed('login', () => gqlOk(LOGIN, { input: { email: customer.email, password: customer.password } }));
      const hold = await timed('holdSeats', () => holdSeats(customer, event.id, nextSeats(event)));
      expect((await timed('releaseHold', () => tryReleaseHold(customer, hold.id))).data?.releaseHold).toBe(true);
    }
    // One last change while Redis is still away: the subscription must end up showing it.
    const lastHold = await holdSeats(customer, event.id, nextSeats(event));
    await redis.restore();
    console.log(`Redis outage: ${requests} requests answered during ${DOWN_SECONDS} s; slowest per kind (ms): ${JSON.stringify(slowest)}`);

    await eventually(async () => expect((await readiness()).redis).toBe(true), 20_000, 250);
    const current = (await gqlOk(AVAILABILITY, { id: event.id })).seatAvailability;
    expect(current.held).toBe(lastHold.seats.length);
    const pushed = await watching.nextMatching((result) => result.data?.seatAvailabilityChanged.version === current.version, 15_000);
    expect(pushed.data?.seatAvailabilityChanged).toEqual(current);
    watching.close();
    await client.dispose();

    for (const [name, service] of Object.entries(stack.services)) expect({ name, pid: service.pid }).toEqual({ name, pid: pids[name] });
    for (const service of Object.values(stack.services)) expect(() => process.kill(service.pid!, 0)).not.toThrow();
  }, 120_000);
}
