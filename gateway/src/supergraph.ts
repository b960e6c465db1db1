import { readFileSync } from 'node:fs';
import { ApolloGateway, type RemoteGraphQLDataSource } from '@apollo/gateway';
import type { Logger, SubgraphName } from '@boxoffice/platform';
import type { GatewayConfig } from './config.js';
import { ForwardingDataSource } from './forwarding-data-source.js';
import { servableSupergraph } from './subscriptions/viewer-dependence.js';

/**
 * The Apollo Gateway over the checked-in, composed supergraph (`npm run compose` makes it).
 * Subgraph URLs from the environment override the routing URLs written in it.
 */
export function createSupergraphGateway(config: GatewayConfig, logger: Logger, fetcherFor: (subgraph: string) => RemoteGraphQLDataSource['fetcher']): ApolloGateway {
  return new ApolloGateway({
    logger,
    supergraphSdl: servableSupergraph(readFileSync(config.SUPERGRAPH_PATH, 'utf8')),
    buildService: ({ name, url }) =>
      new ForwardingDataSource({ url: config.subgraphUrls[name as SubgraphName] ?? url!, fetcher: fetcherFor(name), sharedSecret: config.SUBGRAPH_SHARED_SECRET }),
  });
}
