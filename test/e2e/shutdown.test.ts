import { ChildService, entryPoint, SUBGRAPHS } from '@boxoffice/devstack';
import { stackUrls } from '../support/stack-env.js';

/** A second replica of a service, on its own port, sharing the stack's database, Kafka and Redis. */
function replica(service: 'users' | 'bookings' | 'gateway', port: number, lines: string[]) {
  const { subgraphs } = stackUrls();
  return new ChildService(service, entryPoint(service), {
    ...process.env,
    NODE_ENV: 'test',
    PORT: String(port),
    DATABASE_NAME_PREFIX: process.env.BOXOFFICE_TEST_DATABASE_PREFIX,
    KAFKA_BROKERS: process.env.BOXOFFICE_TEST_KAFKA_BROKERS,
    JWKS_URL: `${subgraphs.users}/.well-known/jwks.json`,
    JWT_PRIVATE_KEYS: stackUrls().signingKeys,
    ...Object.fromEntries(SUBGRAPHS.map((name) => [`${name.toUpperCase()}_URL`, `${subgraphs[name]}/graphql`])),
  }, (_service, line) => lines.push(line));
}

const messages = (lines: string[]) =>
  lines.flatMap((line) => {
    try {
      return [(JSON.parse(line) as { msg: string }).msg];
    } catch {
      return [];
    }
  });

describe('shutdown on SIGTERM', () => {
  const base = Number(new URL(stackUrls().gateway).port) + 20;

  it.each([
    ['bookings', base + 1],
    ['gateway', base + 2],
  ] as const)('%s drains, closes its connections and exits 0', async (service, port) => {
    const lines: string[] = [];
    const child = replica(service, port, lines);
    await child.waitUntilReady(`http://127.0.0.1:${port}/health/ready`);
    const started = Date.now();
    expect(await child.stop()).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
    const log = messages(lines);
    expect(log).toContain('shutting down');
    expect(log.at(-1)).toBe('stopped');
    expect(lines.join('\n')).not.toMatch(/shutdown step failed/);
  }, 60_000);
});
