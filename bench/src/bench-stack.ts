import { dropDatabases, startStack, type RunningStack } from '@boxoffice/devstack';
import { benchSettings } from './settings.js';

/** Where a benchmark's private stack lives: its own ports and databases, so it can run beside tests and dev. */
const { portBase: BENCH_PORT_BASE, serverUrl, databasePrefix } = benchSettings();
export { BENCH_PORT_BASE };

/** Runs `body` against a freshly created stack (gateway on BENCH_PORT_BASE), then stops it and drops its databases. */
export async function withBenchStack<T>(
  env: NodeJS.ProcessEnv,
  body: (stack: RunningStack) => Promise<T>,
  { signedSubgraphs = true }: { signedSubgraphs?: boolean } = {},
): Promise<T> {
  await dropDatabases(serverUrl, databasePrefix);
  const stack = await startStack({
    portBase: BENCH_PORT_BASE,
    databasePrefix,
    adminEmail: 'admin@boxoffice.bench',
    adminPassword: 'bench-admin-pass',
    env: { LOG_LEVEL: 'warn', ...env },
    log: () => undefined,
    signedSubgraphs,
  });
  try {
    return await body(stack);
  } finally {
    await stack.stop();
    await dropDatabases(serverUrl, databasePrefix);
  }
}
