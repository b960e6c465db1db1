import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { CORRELATION_HEADER, SIGNATURE_HEADERS } from '@boxoffice/platform';
import type { GatewayContext } from './context.js';
import { signingFetcher } from './signing-fetcher.js';

/**
 * Passes the caller's token, correlation id and client address on to every subgraph request,
 * signed with the shared secret when there is one.
 */
export class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor({ url, sharedSecret }: { url: string; sharedSecret?: string }) {
    super({ url });
    if (sharedSecret) this.fetcher = signingFetcher(sharedSecret, this.fetcher);
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers || !('correlationId' in context)) return;
    if (context.authorization) headers.set('authorization', context.authorization);
    headers.set(CORRELATION_HEADER, context.correlationId);
    if (context.clientIp) headers.set(SIGNATURE_HEADERS.clientAddress, context.clientIp);
  }
}
