import { ChildService, entryPoint, SUBGRAPHS, LOOPBACK_CLIENT_BUDGETS, type LogSink } from '@boxoffice/devstack';
import { stackUrls } from './stack-env.js';

/**
 * Another replica of a stack service on `port`, sharing the stack's databases, Kafka and Redis,
 * with the stack's raised client budgets and `env` on top (e.g. a lower rate limit). Stop it with `stop()`.
 */
export async function startReplica(
  service: 'gateway' | (typeof SUBGRAPHS)[number],
  port: number,
  env: NodeJS.ProcessEnv = {},
  log: LogSink = () => undefined,
): Promise<ChildService> {
  const { subgraphs, signingKeys, subgraphSecret } = stackUrls();
  const replica = new ChildService(service, entryPoint(service), {
    ...process.env,
    NODE_ENV: 'test',
    PORT: String(port),
    DATABASE_NAME_PREFIX: process.env.BOXOFFICE_TEST_DATABASE_PREFIX,
    KAFKA_BROKERS: process.env.BOXOFFICE_TEST_KAFKA_BROKERS,
    KAFKA_SESSION_TIMEOUT_MS: '4000',
    JWKS_URL: `${subgraphs.users}/.well-known/jwks.json`,
    JWT_PRIVATE_KEYS: signingKeys,
    SUBGRAPH_SHARED_SECRET: subgraphSecret,
    ...Object.fromEntries(SUBGRAPHS.map((name) => [`${name.toUpperCase()}_URL`, `${subgraphs[name]}/graphql`])),
    ...LOOPBACK_CLIENT_BUDGETS,
    ...env,
  }, log);
  await replica.waitUntilReady(`http://127.0.0.1:${port}/health/ready`);
  return replica;
}

/**
 * One port per replica a test starts. Test files run side by side, so no two uses may share one:
 * a request meant for one file's gateway would reach another's subgraph. All lie clear of the
 * stack's services (base + 0–7), its mail sink, trace receiver and broker (base + 25–28) and its
 * identity provider (base + 40).
 */
const REPLICA_OFFSETS = {
  subscriptions: 0,
  'shutdown:bookings': 1,
  'shutdown:gateway': 2,
  'gateway-limits': 3,
  introspection: 4,
  'subscriptions-sharing': 5,
  'subscriptions-sharing:joining': 6,
  'catalog-cache': 7,
  'tokens:users': 8,
  'tokens:gateway': 9,
  websockets: 10,
} as const;

export const replicaPort = (use: keyof typeof REPLICA_OFFSETS) => Number(new URL(stackUrls().gateway).port) + 10 + REPLICA_OFFSETS[use];
