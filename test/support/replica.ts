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

/** A port for a test's own replica, clear of the stack's six. */
export const replicaPort = (offset: number) => Number(new URL(stackUrls().gateway).port) + 10 + offset;
