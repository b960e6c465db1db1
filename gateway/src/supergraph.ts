import { readFileSync } from 'node:fs';
import { ApolloGateway, type RemoteGraphQLDataSource } from '@apollo/gateway';
import type { Logger, SubgraphName } from '@boxoffice/platform';
import type { GatewayConfig } from './config.js';
import { ForwardingDataSource } from './forwarding-data-source.js';
import { servableSupergraph } from './subscriptions/viewer-dependence.js';

/**
 * The Apollo Gateway over the checked-in, composed supergraph (`npm run compose` makes it).
 * Subgraph URLs from the environment override the routing URLs written in it; `subgraphUrls`
 * holds the URL each subgraph is reached at once the gateway has loaded.
 */
export function createSupergraphGateway(
  config: GatewayConfig,
  logger: Logger,
  fetcherFor: (subgraph: string) => RemoteGraphQLDataSource['fetcher'],
): { gateway: ApolloGateway; subgraphUrls: Map<string, string> } {
  const subgraphUrls = new Map<string, string>();
  const gateway = new ApolloGateway({
    logger,
    supergraphSdl: servableSupergraph(readFileSync(config.SUPERGRAPH_PATH, 'utf8')),
    buildService: ({ name, url }) => {
      const target = config.subgraphUrls[name as SubgraphName] ?? url!;
      subgraphUrls.set(name, target);
      return new ForwardingDataSource({ name, url: target, fetcher: fetcherFor(name), sharedSecret: config.SUBGRAPH_SHARED_SECRET });
    },
  });
  return { gateway, subgraphUrls };
}
