import type { KafkaClient, Logger } from '@boxoffice/platform';
import { CatalogCache } from '../cache/catalog-cache.js';
import { startCatalogInvalidation } from '../cache/catalog-invalidation.js';
import type { GatewayConfig } from '../config.js';
import { createPooledHttpClient } from './pooled-http-client.js';
import { createSubgraphFetcher } from './subgraph-fetcher.js';

/** How the gateway reaches its subgraphs: one keep-alive pool, in-flight merging, the catalog cache. */
export function createSubgraphTransport(config: GatewayConfig) {
  const http = createPooledHttpClient({ connectionsPerOrigin: config.SUBGRAPH_CONNECTIONS });
  const catalogCache = config.CATALOG_CACHE_MB > 0 ? new CatalogCache({ maxBytes: config.CATALOG_CACHE_MB * 1024 * 1024, ttlMs: config.CATALOG_CACHE_TTL_SECONDS * 1000 }) : undefined;
  let invalidation: Awaited<ReturnType<typeof startCatalogInvalidation>> | undefined;
  return {
    fetcherFor: (subgraph: string) => createSubgraphFetcher({ subgraph, http, catalogCache }),
    /** Starts reading the catalog facts; until they flow the cache serves nothing. */
    async start(kafka: KafkaClient, logger: Logger): Promise<void> {
      if (catalogCache) invalidation = await startCatalogInvalidation(kafka, catalogCache, logger, config.KAFKA_SESSION_TIMEOUT_MS);
    },
    async stop(): Promise<void> {
      await invalidation?.disconnect();
      await http.close();
    },
  };
}
