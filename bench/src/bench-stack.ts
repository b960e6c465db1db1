import { dropDatabases, startStack, type RunningStack } from '@boxoffice/devstack';

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** Ports of the bench's private stack: BENCH_PORT_BASE (default 5900) and the next five. */
const portBase = Number(process.env.BENCH_PORT_BASE ?? 5900);
/** Its databases are `<BENCH_DATABASE_PREFIX>_<subgraph>`, dropped before and after. */
const databasePrefix = process.env.BENCH_DATABASE_PREFIX ?? `boxoffice_bench_${portBase}`;

/** Runs `bench` against a private stack started with `env`, and removes the stack afterwards. */
export async function withBenchStack(env: NodeJS.ProcessEnv, bench: (stack: RunningStack) => Promise<void>): Promise<void> {
  await dropDatabases(serverUrl, databasePrefix);
  const stack = await startStack({
    portBase,
    databasePrefix,
    adminEmail: 'admin@boxoffice.bench',
    adminPassword: 'bench-admin-pass',
    env: { LOG_LEVEL: 'warn', ...env },
    log: () => undefined,
  });
  try {
    await bench(stack);
  } finally {
    await stack.stop();
    await dropDatabases(serverUrl, databasePrefix);
  }
}
