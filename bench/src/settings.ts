/** Where a benchmark's private stack runs: BENCH_PORT_BASE (default 5900) and databases named after it. */
export function benchSettings() {
  const portBase = Number(process.env.BENCH_PORT_BASE ?? 5900);
  if (!Number.isInteger(portBase) || portBase < 1024 || portBase > 65_000) throw new Error('BENCH_PORT_BASE must be a port number');
  return {
    portBase,
    serverUrl: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    databasePrefix: `boxoffice_bench_${portBase}`,
  };
}
