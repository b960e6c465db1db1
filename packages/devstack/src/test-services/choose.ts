/** Where the test suite's Postgres, Redis and Kafka come from. */
export type TestServices = 'local' | 'containers';

export interface Reachability {
  /** `TEST_SERVICES` (`local` or `containers`), when the developer chose. */
  forced?: string;
  postgres: boolean;
  redis: boolean;
  docker: boolean;
}

/**
 * Local services when Postgres and Redis answer (as today); otherwise containers when a Docker
 * engine answers; otherwise local again, so the suite fails on the missing service with its own
 * message. `TEST_SERVICES` overrides the choice.
 */
export function chooseTestServices({ forced, postgres, redis, docker }: Reachability): TestServices {
  if (forced === 'local' || forced === 'containers') return forced;
  if (postgres && redis) return 'local';
  return docker ? 'containers' : 'local';
}
