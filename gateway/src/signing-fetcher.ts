import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { SIGNATURE_HEADERS, signSubgraphRequest } from '@boxoffice/platform';

type Fetcher = RemoteGraphQLDataSource['fetcher'];

/**
 * Wraps a data source's fetcher so every subgraph request carries the gateway's signature
 * over its method, path, time, client address and exact body (see gateway-signature.ts).
 */
export function signingFetcher(secret: string, fetcher: Fetcher): Fetcher {
  return (url, init = {}) => {
    const headers = { ...init.headers };
    const signature = signSubgraphRequest(secret, {
      method: init.method ?? 'GET',
      path: new URL(url).pathname,
      body: init.body ?? '',
      clientAddress: headers[SIGNATURE_HEADERS.clientAddress],
    });
    return fetcher(url, { ...init, headers: { ...headers, ...signature } });
  };
}
