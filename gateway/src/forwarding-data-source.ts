import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { CLIENT_USER_AGENT_HEADER, CORRELATION_HEADER, SIGNATURE_HEADERS } from '@boxoffice/platform';

/** A longer User-Agent is cut: it is only shown in the caller's list of sessions. */
const MAX_USER_AGENT_LENGTH = 512;
import type { GatewayContext } from './context.js';
import { signingFetcher } from './signing-fetcher.js';
import { subgraphUnavailable, UNAVAILABLE_STATUSES } from './fetching/subgraph-unavailable.js';

interface SubgraphError {
  message?: unknown;
  extensions?: { code?: unknown; fields?: unknown; problems?: unknown };
}

/**
 * Passes the caller's token, correlation id, client address and User-Agent on to every subgraph request,
 * signed with the shared secret when there is one.
 */
export class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly subgraph: string;

  constructor({ name, url, fetcher, sharedSecret }: { name: string; url: string; fetcher: RemoteGraphQLDataSource['fetcher']; sharedSecret?: string }) {
    super({ url, fetcher: sharedSecret ? signingFetcher(sharedSecret, fetcher) : fetcher });
    this.subgraph = name;
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers || !('correlationId' in context)) return;
    if (context.authorization) headers.set('authorization', context.authorization);
    headers.set(CORRELATION_HEADER, context.correlationId);
    if (context.clientIp) headers.set(SIGNATURE_HEADERS.clientAddress, context.clientIp);
    if (context.userAgent) headers.set(CLIENT_USER_AGENT_HEADER, context.userAgent.slice(0, MAX_USER_AGENT_LENGTH));
  }

  /**
   * A subgraph's HTTP 400 refuses a value only it can read (the gateway validated the document
   * against the API schema already, but custom scalars such as DateTime pass it opaque): the
   * client's input, BAD_USER_INPUT. A 502/503/504 is a subgraph going away or overloaded:
   * SUBGRAPH_UNAVAILABLE with its name. Any other failure is the gateway's problem, reported
   * without the subgraph's URL or body.
   */
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]): Promise<GraphQLError> {
    if (UNAVAILABLE_STATUSES.has(response.status)) return subgraphUnavailable(this.subgraph);
    const body = await this.parseBody(response);
    const refusal = response.status === 400 && typeof body === 'object' ? (body as { errors?: SubgraphError[] }).errors?.[0] : undefined;
    if (typeof refusal?.message === 'string') {
      // A literal the subgraph refused names no field it can tell us; the contract still promises `fields`.
      const named = refusal.extensions?.code === 'BAD_USER_INPUT' ? { fields: refusal.extensions.fields, problems: refusal.extensions.problems } : { fields: [] };
      return new GraphQLError(refusal.message, { extensions: { ...named, code: 'BAD_USER_INPUT' } });
    }
    return new GraphQLError(`A subgraph answered HTTP ${response.status}`);
  }
}
