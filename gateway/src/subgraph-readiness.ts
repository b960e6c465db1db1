import type { ReadinessCheck } from '@boxoffice/platform';

/** A subgraph that does not answer its liveness probe within this long counts as down. */
const PROBE_TIMEOUT_MS = 1_000;

/**
 * One readiness check per subgraph: whether it answers `/health/live`. Liveness, not readiness,
 * so that a subgraph waiting for Kafka or Postgres (which it reports itself) does not make every
 * gateway replica unready as well; a dead or unreachable process does.
 */
export function subgraphReadinessChecks(subgraphUrls: ReadonlyMap<string, string>): Record<string, ReadinessCheck> {
  return Object.fromEntries(
    [...subgraphUrls].map(([name, url]) => [
      `subgraph:${name}`,
      async () => (await fetch(new URL('/health/live', url), { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) })).ok,
    ]),
  );
}
