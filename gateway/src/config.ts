import { commonEnv, loadConfig, requireSharedSecretInProduction, SUBGRAPH_NAMES, type SubgraphName } from '@boxoffice/platform';
import { z } from 'zod';


const gatewayEnv = commonEnv.extend({
  PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  SUPERGRAPH_PATH: z.string().min(1).default(new URL('../../schema/supergraph.graphql', import.meta.url).pathname),
  /** The built web app (`web/dist`), served at /app/ when the folder exists. */
  WEB_APP_DIR: z.string().min(1).default(new URL('../../web/dist', import.meta.url).pathname),
  /** Express `trust proxy`: whose X-Forwarded-For to believe for the client address (e.g. `loopback`). */
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((value) => (value === 'true' ? true : value === 'false' ? false : value)),
  /**
   * Whether this replica reads bookings' Kafka facts itself (a consumer group of its own) and
   * forwards them to Redis. Every replica also delivers what other replicas forward.
   */
  SUBSCRIPTION_FANOUT: z.stringbool().default(true),
  /** GraphQL tokens a document may hold (checked before parsing). */
  MAX_QUERY_TOKENS: z.coerce.number().int().positive().default(10_000),
  /** Fields, fragment spreads and inline fragments a document may hold as written. */
  MAX_QUERY_SELECTIONS: z.coerce.number().int().positive().default(2_000),
  /** How long the fan-out consumer's fetch may wait on the broker for new facts. */
  FANOUT_MAX_WAIT_MS: z.coerce.number().int().positive().default(20),
  /** Above this many unsent bytes a socket is sent only the newest push of each subscription, once it drains. */
  SUBSCRIPTION_MAX_BUFFERED_BYTES: z.coerce.number().int().positive().default(262_144),
  /** A socket above that bound for this long is closed with code 4008. */
  SUBSCRIPTION_SLOW_CONSUMER_GRACE_MS: z.coerce.number().int().positive().default(10_000),
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
  /** Websockets one client address may hold open on one replica. */
  WS_MAX_SOCKETS_PER_ADDRESS: z.coerce.number().int().positive().default(100),
  /** How often each replica adds its admitted requests to the shared counters in Redis. */
  RATE_LIMIT_SYNC_MS: z.coerce.number().int().positive().default(100),
  /** Keep-alive connections the gateway opens at most to each subgraph. */
  SUBGRAPH_CONNECTIONS: z.coerce.number().int().positive().default(64),
  /** Memory for the catalog cache (public events and venues data); 0 turns it off. */
  CATALOG_CACHE_MB: z.coerce.number().int().min(0).default(64),
  /** The longest a catalog answer is kept even without a fact invalidating it. */
  CATALOG_CACHE_TTL_SECONDS: z.coerce.number().int().positive().default(300),
  USERS_URL: z.url().optional(),
  EVENTS_URL: z.url().optional(),
  VENUES_URL: z.url().optional(),
  BOOKINGS_URL: z.url().optional(),
  PAYMENTS_URL: z.url().optional(),
  NOTIFICATIONS_URL: z.url().optional(),
  PROGRAM_URL: z.url().optional(),
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
