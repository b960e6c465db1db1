import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { Logger, TokenVerifier } from '@boxoffice/platform';
import { GRAPHQL_TRANSPORT_WS_PROTOCOL, handleProtocols, CloseCode, type SubscribePayload } from 'graphql-ws';
import {
  GraphQLError,
  OperationTypeNode,
  getOperationAST,
  parse,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import { WebSocketServer } from 'ws';
import { createGatewayContext, type GatewayContext } from '../context.js';
import { rateLimitedFor } from '../limits/rate-limited.js';
import { MAX_REQUEST_BYTES } from '../limits/request-size.js';
import { SocketsPerAddress } from '../limits/sockets-per-address.js';
import { admitWebSockets, type WebSocketAdmission } from '../limits/websocket-admission.js';
import { GraphqlWsConnection, type ConnectionLimits } from './graphql-ws-connection.js';
import { planSubscription, type SubscriptionPlan } from './plan-subscription.js';
import type { SignalHub } from './signal-hub.js';
import type { PushResult } from './subscription-group.js';
import { SubscriptionGroups } from './subscription-groups.js';
import { SubscriptionMetrics } from './subscription-metrics.js';
import { SocketGuard, type SocketLimits } from './socket-guard.js';
import { checkSocketOperation, type SocketOperationLimits } from './socket-operation.js';
import { dependsOnViewer, type ViewerRules } from './viewer-dependence.js';

const KEEPALIVE_INTERVAL_MS = 12_000;

type RunOperation = (document: DocumentNode, variables: Record<string, unknown> | undefined, context: GatewayContext) => Promise<PushResult>;

export interface SubscriptionServerOptions {
  httpServer: Server;
  path: string;
  apollo: ApolloServer<GatewayContext>;
  schema: () => GraphQLSchema;
  viewerRules: () => ViewerRules;
  hub: SignalHub;
  verify: TokenVerifier;
  /** The client address of an upgrade request and the per-address budget, as for HTTP requests. */
  admission: Omit<WebSocketAdmission, 'sockets'>;
  limits: ConnectionLimits & SocketLimits & SocketOperationLimits & { maxSocketsPerAddress: number };
  metrics: SubscriptionMetrics;
  logger: Logger;
}

/**
 * graphql-ws on the gateway's HTTP server. A subscription is served by its group (see
 * SubscriptionGroup): subscriptions with the same root field, document, operation name,
 * variables and visibility share one execution of the matching root query per change. The
 * visibility is "public" unless the selection touches a field or type under a per-viewer access
 * rule in the supergraph; public groups execute anonymously. Queries and mutations sent over
 * the socket run once. Every upgrade and every `subscribe` is charged to the client address's
 * request budget, as an HTTP request is, and an address holds at most `maxSocketsPerAddress` sockets.
 */
export function startSubscriptionServer(options: SubscriptionServerOptions) {
  const { httpServer, path, apollo, schema, viewerRules, hub, verify, admission, limits, metrics, logger } = options;
  // Messages over the HTTP body limit close the socket with 1009, as HTTP answers 413.
  const wsServer = new WebSocketServer({ noServer: true, path, maxPayload: MAX_REQUEST_BYTES, handleProtocols: (protocols) => handleProtocols(protocols) });
  admitWebSockets(httpServer, wsServer, { ...admission, sockets: new SocketsPerAddress(limits.maxSocketsPerAddress) });
  const guards = new WeakMap<GraphqlWsConnection, SocketGuard>();
  const groups = new SubscriptionGroups(hub, metrics, logger);
  const connections = new Set<GraphqlWsConnection>();
  const run: RunOperation = async (document, variables, context) => {
    const response = await apollo.executeOperation({ query: document, variables }, { contextValue: context });
    if (response.body.kind !== 'single') throw new Error('incremental delivery is not supported over websockets');
    return response.body.singleResult as PushResult;
  };

  const handlers = {
    async connect(params: Record<string, unknown> | undefined, request: IncomingMessage) {
      const header = params?.authorization ?? params?.Authorization;
      return createGatewayContext({ authorization: typeof header === 'string' ? header : undefined, clientIp: admission.addressOf(request) }, verify);
    },
    connected(connection: GraphqlWsConnection) {
      guards.set(connection, new SocketGuard(connection, limits, verify));
    },
    async pinged(connection: GraphqlWsConnection, payload: Record<string, unknown> | undefined) {
      await guards.get(connection)?.refresh(payload?.authorization);
    },
    async start(connection: GraphqlWsConnection, id: string, payload: SubscribePayload): Promise<() => void> {
      const gateway = connection.context!;
      const refuse = (errors: readonly GraphQLFormattedError[]) => {
        connection.error(id, errors);
        return () => undefined;
      };
      const budget = await admission.limiter.consume(gateway.clientIp ?? 'unknown');
      if (!budget.allowed) return refuse([rateLimitedFor(budget.retryAfterMs).toJSON()]);
      const overLimit = guards.get(connection)?.refusal(connection.subscriptionCount);
      if (overLimit) return refuse([overLimit.toJSON()]);
      const checked = checkSocketOperation(payload, schema(), limits);
      if (Array.isArray(checked)) return refuse(checked.map((error) => error.toJSON()));
      const document: DocumentNode = checked;
      const operation = getOperationAST(document, payload.operationName)!;
      const variables = payload.variables ?? undefined;
      if (operation.operation !== OperationTypeNode.SUBSCRIPTION) {
        const result = await run(document, variables, gateway);
        connection.next(id, JSON.stringify(result));
        connection.complete(id);
        return () => undefined;
      }
      let plan: SubscriptionPlan;
      try {
        plan = planSubscription(schema(), document, operation, variables, gateway.viewer);
        const refusal = await checkAccess(plan, gateway, run);
        if (refusal) return refuse([refusal.toJSON()]);
      } catch (error) {
        return refuse([(error instanceof GraphQLError ? error : new GraphQLError('Could not start the subscription', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })).toJSON()]);
      }
      const perViewer = dependsOnViewer(schema(), document, viewerRules());
      const visibility = perViewer ? (gateway.viewer ? `viewer:${gateway.viewer.id}:${gateway.viewer.role}` : 'anonymous') : 'public';
      const key = JSON.stringify([plan.responseKey, payload.query, payload.operationName ?? null, stableJson(variables ?? {}), visibility]);
      const context: GatewayContext = perViewer ? gateway : { correlationId: randomUUID() };
      return groups.join(
        key,
        () => ({
          channel: plan.channel,
          pushInitial: plan.source.pushInitial,
          execute: () => run(plan.query, variables, { ...context, correlationId: randomUUID() }),
          versionOf: (result) => plan.source.versionOf?.(result.data?.[plan.responseKey]),
        }),
        { push: (result) => connection.next(id, result), fail: (failure) => connection.error(id, failure) },
      );
    },
  };

  wsServer.on('connection', (socket, request) => {
    if (socket.protocol !== GRAPHQL_TRANSPORT_WS_PROTOCOL) {
      socket.close(CloseCode.SubprotocolNotAcceptable, 'Subprotocol not acceptable');
      return;
    }
    // ws closes the socket itself on a protocol error (1009 for a message over maxPayload); an
    // 'error' event without a listener would take the whole gateway down.
    socket.on('error', () => undefined);
    const connection = new GraphqlWsConnection(socket, request, handlers, limits, metrics);
    connections.add(connection);
    socket.once('close', () => connections.delete(connection));
  });
  // A socket that answers no ping within an interval is gone without a close: drop it.
  const keepalive = setInterval(() => {
    for (const connection of connections) {
      if (!connection.alive) connection.socket.terminate();
      connection.alive = false;
      connection.socket.ping();
    }
  }, KEEPALIVE_INTERVAL_MS).unref();

  return {
    gauges: {
      groups: () => groups.count,
      sockets: () => connections.size,
      subscriptions: () => [...connections].reduce((sum, connection) => sum + connection.subscriptionCount, 0),
    },
    stop: async () => {
      clearInterval(keepalive);
      for (const connection of connections) connection.socket.close(1001, 'Going away');
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}

/** Applies the source's own access rule, if it has one; returns the error to refuse with. */
async function checkAccess(plan: SubscriptionPlan, gateway: GatewayContext, run: RunOperation): Promise<GraphQLError | undefined> {
  const { access } = plan.source;
  if (!access) return undefined;
  if (!gateway.viewer) return new GraphQLError('Authentication required', { extensions: { code: 'UNAUTHENTICATED' } });
  const { data, errors } = await run(parse(access.query), plan.args, gateway);
  if (errors?.length) return new GraphQLError(errors[0]!.message, { extensions: errors[0]!.extensions });
  if (access.allows(gateway.viewer, data)) return undefined;
  return new GraphQLError('Only the owner or an admin may subscribe to this', { extensions: { code: 'FORBIDDEN' } });
}

/** JSON with object keys sorted, so equal variables make equal group keys. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
