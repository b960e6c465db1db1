import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { CORRELATION_HEADER } from '@boxoffice/platform';
import type { GatewayContext } from './context.js';

/** Passes the caller's token, correlation id and client address on to every subgraph request. */
export class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers || !('correlationId' in context)) return;
    if (context.authorization) headers.set('authorization', context.authorization);
    headers.set(CORRELATION_HEADER, context.correlationId);
    if (context.clientIp) headers.set('x-forwarded-for', context.clientIp);
  }
}
