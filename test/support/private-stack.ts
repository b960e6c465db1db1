import { randomBytes } from 'node:crypto';
import { dropDatabases, serviceLogs, startStack, LOOPBACK_CLIENT_BUDGETS, type RunningStack, type StackOptions } from '@boxoffice/devstack';

/** The variables through which test support (client, fixtures, database checks) finds its stack. */
const STACK_VARIABLES = /^BOXOFFICE_TEST_/;

export interface PrivateStack extends RunningStack {
  portBase: number;
  databasePrefix: string;
  /** What the launcher itself said (e.g. that it restarts a crashed service). */
  launcherLines: string[];
}

/**
 * A whole stack of a test file's own, for faults that must not disturb the shared stack other
 * files use meanwhile: ports from TEST_PORT_BASE + `offset` (its gateway, subgraphs and mail sink
 * take the next 27; keep offsets 30 apart), databases
 * `boxoffice_test_<base>_p<offset>_*` (dropped before and after) and its own embedded broker.
 * While it runs, every test-support helper (gql, fixtures, queryDatabase) talks to it: a jest
 * worker runs one test file at a time, and `stop()` points them back at the shared stack.
 * Logs go to `.test-logs/<base>/p<offset>-<service>.log`.
 */
export async function startPrivateStack(offset: number, options: Partial<Pick<StackOptions, 'env' | 'restartCrashed'>> = {}): Promise<PrivateStack> {
  const testBase = Number(process.env.TEST_PORT_BASE ?? 5100);
  const portBase = testBase + offset;
  const databasePrefix = `boxoffice_test_${testBase}_p${offset}`;
  const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  await dropDatabases(serverUrl, databasePrefix);

  const logs = serviceLogs(testBase, `p${offset}-`);
  const launcherLines: string[] = [];
  const log = (service: string, line: string) => {
    if (service === 'dev') launcherLines.push(line);
    logs.write(service, line);
  };

  // New every run: per-address budgets kept in Redis (e.g. account mails) never carry over between runs.
  const adminEmail = `admin-${randomBytes(4).toString('hex')}@boxoffice.test`;
  const adminPassword = randomBytes(12).toString('base64url');
  const { KAFKA_BROKERS: _sharedBroker, ...inherited } = process.env;
  const stack = await startStack({
    portBase,
    databasePrefix,
    adminEmail,
    adminPassword,
    log,
    restartCrashed: options.restartCrashed,
    // It starts while the shared stack serves other files: twelve processes on a loaded machine.
    readyTimeoutMs: 180_000,
    env: {
      ...inherited,
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
      ...LOOPBACK_CLIENT_BUDGETS,
      KAFKA_SESSION_TIMEOUT_MS: '4000',
      TRUST_PROXY: 'loopback',
      ...options.env,
    },
  });

  const shared = Object.fromEntries(Object.entries(process.env).filter(([name]) => STACK_VARIABLES.test(name)));
  Object.assign(process.env, {
    BOXOFFICE_TEST_GATEWAY_URL: stack.gatewayUrl,
    BOXOFFICE_TEST_ADMIN_EMAIL: adminEmail,
    BOXOFFICE_TEST_ADMIN_PASSWORD: adminPassword,
    BOXOFFICE_TEST_KAFKA_BROKERS: stack.kafkaBrokers.join(','),
    BOXOFFICE_TEST_JWT_PRIVATE_KEYS: stack.signingKeys,
    BOXOFFICE_TEST_SUBGRAPH_SECRET: stack.subgraphSecret,
    BOXOFFICE_TEST_DATABASE_PREFIX: databasePrefix,
    ...Object.fromEntries(Object.entries(stack.origins).map(([name, origin]) => [`BOXOFFICE_TEST_${name.toUpperCase()}_ORIGIN`, origin])),
  });

  return {
    ...stack,
    portBase,
    databasePrefix,
    launcherLines,
    async stop() {
      Object.assign(process.env, shared);
      await stack.stop();
      logs.close();
      await dropDatabases(serverUrl, databasePrefix);
    },
  };
}
