import { commonEnv, loadConfig, requireSharedSecretInProduction, SUBGRAPH_NAMES, type SubgraphName } from '@boxoffice/platform';
import { z } from 'zod';


const gatewayEnv = commonEnv.extend({
  PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  SUPERGRAPH_PATH: z.string().min(1).default(new URL('../../schema/supergraph.graphql', import.meta.url).pathname),
  /** Express `trust proxy`: whose X-Forwarded-For to believe for the client address (e.g. `loopback`). */
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((value) => (value === 'true' ? true : value === 'false' ? false : value)),
  /**
   * Whether this replica forwards bookings' Kafka facts to Redis (one consumer group shared by
   * the replicas that do). Every replica delivers subscriptions from Redis either way.
   */
  SUBSCRIPTION_FANOUT: z.stringbool().default(true),
  /** GraphQL tokens a document may hold (checked before parsing). */
  MAX_QUERY_TOKENS: z.coerce.number().int().positive().default(10_000),
  /** Fields, fragment spreads and inline fragments a document may hold as written. */
  MAX_QUERY_SELECTIONS: z.coerce.number().int().positive().default(2_000),
  MAX_QUERY_DEPTH: z.coerce.number().int().positive().default(12),
  /** Fields an operation may resolve, lists counted by their bound or page size. */
  MAX_QUERY_COMPLEXITY: z.coerce.number().int().positive().default(50_000),
  /** Requests each client address may send per window. */
  RATE_LIMIT_REQUESTS: z.coerce.number().int().positive().default(1_000),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().positive().default(10),
  /** Operations one websocket may have open at once (subscriptions and queries in flight). */
  WS_MAX_OPEN_OPERATIONS: z.coerce.number().int().positive().default(20),
  /** `subscribe` messages one websocket may send per RATE_LIMIT_WINDOW_SECONDS. */
  WS_RATE_LIMIT_OPERATIONS: z.coerce.number().int().positive().default(100),
  USERS_URL: z.url().optional(),
  EVENTS_URL: z.url().optional(),
  VENUES_URL: z.url().optional(),
  BOOKINGS_URL: z.url().optional(),
  PAYMENTS_URL: z.url().optional(),
});

export type GatewayConfig = z.infer<typeof gatewayEnv> & {
  /** Subgraph URLs that override the routing URLs in the supergraph. */
  subgraphUrls: Partial<Record<SubgraphName, string>>;
};

export function loadGatewayConfig(env = process.env): GatewayConfig {
  const config = loadConfig(gatewayEnv, env);
  requireSharedSecretInProduction(config);
  const subgraphUrls = Object.fromEntries(
    SUBGRAPH_NAMES.flatMap((name) => {
      const url = config[`${name.toUpperCase()}_URL` as keyof typeof config] as string | undefined;
      return url ? [[name, url]] : [];
    }),
  );
  return { ...config, subgraphUrls };
}
