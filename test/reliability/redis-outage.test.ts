import {
  eventOnSale,
  eventually,
  gqlOk,
  holdSeats,
  nextSeats,
  registerUser,
  seatedSection,
  tryReleaseHold,
  type EventFixture,
  type TestUser,
} from '../support/index.js';
import { startPrivateStack, type PrivateStack } from '../support/private-stack.js';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.js';

/**
 * Issue 11, point 6 (short version): Redis is unreachable for DOWN_SECONDS. The private stack
 * reaches Redis through a loopback proxy that the test cuts and restores.
 */
const DOWN_SECONDS = 8;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const EVENTS = `{ events(first: 5) { nodes { id title } } }`;

let proxy: TcpProxy;
let stack: PrivateStack;
let customer: TestUser;
let event: EventFixture;

beforeAll(async () => {
  const redis = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  proxy = await startTcpProxy(`${redis.hostname}:${redis.port || 6379}`);
  stack = await startPrivateStack(190, { env: { REDIS_URL: `redis://${proxy.address}${redis.pathname}` } });
  const organizer = await registerUser('ORGANIZER');
  customer = await registerUser('CUSTOMER');
  // Each hold takes fresh seats; 200 outlast the outage.
  event = await eventOnSale(organizer, { sections: [seatedSection('Floor', ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'], 20)] });
}, 240_000);

afterAll(async () => {
  await stack?.stop();
  await proxy?.close();
}, 60_000);

const readiness = async () => ((await (await fetch(new URL('/health/ready', stack.gatewayUrl))).json()) as { checks: Record<string, boolean> }).checks;

test(`Redis down ${DOWN_SECONDS} s: requests (logins too) keep working, readiness shows it, nothing crashes`, async () => {
  const pids = Object.fromEntries(Object.entries(stack.services).map(([name, service]) => [name, service.pid]));

  await proxy.cut();
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
  await proxy.restore();
  console.log(`Redis outage: ${requests} requests answered during ${DOWN_SECONDS} s; slowest per kind (ms): ${JSON.stringify(slowest)}`);

  await eventually(async () => expect((await readiness()).redis).toBe(true), 20_000, 250);
  for (const [name, service] of Object.entries(stack.services)) expect({ name, pid: service.pid }).toEqual({ name, pid: pids[name] });
  for (const service of Object.values(stack.services)) expect(() => process.kill(service.pid!, 0)).not.toThrow();
}, 120_000);
