import { createServer } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import {
  CORRELATION_HEADER,
  createErrorFormatter,
  createKafkaClient,
  createTokenVerifier,
  mountHealthRoutes,
  mountHttpErrorHandlers,
  mountMetricsRoute,
  onShutdown,
  remoteKeySet,
  stopTracing,
  type Logger,
} from '@boxoffice/platform';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { Redis } from 'ioredis';
import { clientAddressOf, trustProxy } from './client-address.js';
import type { GatewayConfig } from './config.js';
import { createGatewayContext, type GatewayContext } from './context.js';
import { inputErrorFields } from './input-error-fields.js';
import { operationMetrics } from './operation-metrics.js';
import { requestErrorStatus } from './request-error-status.js';
import { startChangeFanout } from './subscriptions/change-fanout.js';
import { SignalHub } from './subscriptions/signal-hub.js';
import { SubscriptionMetrics } from './subscriptions/subscription-metrics.js';
import { startSubscriptionServer } from './subscriptions/subscription-server.js';
import { viewerRulesOf, type ViewerRules } from './subscriptions/viewer-dependence.js';
import { documentSizeLimit } from './limits/document-size.js';
import { operationLimits } from './limits/operation-limits.js';
import { MAX_REQUEST_BYTES } from './limits/request-size.js';
import { requestRateLimit } from './limits/request-rate-limit.js';
import { SyncedRateLimiter } from './limits/synced-rate-limiter.js';
import { createSupergraphGateway } from './supergraph.js';
import { subgraphReadinessChecks } from './subgraph-readiness.js';
import { createSubgraphTransport } from './fetching/subgraph-transport.js';
import { mountWebApp } from './web-app.js';

const GRAPHQL_PATH = '/graphql';

const operationLimitsOf = (config: GatewayConfig) => ({
  maxTokens: config.MAX_QUERY_TOKENS,
  maxSelections: config.MAX_QUERY_SELECTIONS,
  maxDepth: config.MAX_QUERY_DEPTH,
  maxCost: config.MAX_QUERY_COMPLEXITY,
});

/** Starts the gateway: HTTP GraphQL, graphql-ws subscriptions, Redis fan-out, health. */
export async function startGateway(config: GatewayConfig, logger: Logger): Promise<void> {
  const verify = createTokenVerifier({ issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE, keys: remoteKeySet(config.JWKS_URL) });
  const transport = createSubgraphTransport(config);
  const { gateway, subgraphUrls } = createSupergraphGateway(config, logger, transport.fetcherFor);
  let apiSchema: GraphQLSchema | undefined;
  let viewerRules: ViewerRules | undefined;
  gateway.onSchemaLoadOrUpdate(({ apiSchema: schema, coreSupergraphSdl }) => {
    apiSchema = schema;
    viewerRules = viewerRulesOf(coreSupergraphSdl);
  });

  const app = express();
  const trust = trustProxy(config.TRUST_PROXY);
  app.set('trust proxy', trust);
  const httpServer = createServer(app);
  // Outlive clients' and load balancers' idle keep-alive connections, as the subgraphs do
  // (run-subgraph.ts), so a client never writes to a socket the gateway is closing.
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  const production = config.NODE_ENV === 'production';
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    logger,
    formatError: createErrorFormatter(logger, 'gateway'),
    includeStacktraceInErrorResponses: false,
    // Our own shutdown drains everything in order; Apollo's would exit the process half-way.
    stopOnTerminationSignals: false,
    introspection: !production,
    plugins: [
      operationMetrics(),
      operationLimits(operationLimitsOf(config)),
      inputErrorFields,
      requestErrorStatus,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      production ? ApolloServerPluginLandingPageProductionDefault() : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
    ],
  });
  await apollo.start();

  const subscriber = new Redis(config.REDIS_URL);
  // No offline queue: while Redis is away a publish, a rate-limit sync or a readiness ping fails
  // at once (each has its fallback) instead of queueing without bound until it returns.
  const publisher = new Redis(config.REDIS_URL, { lazyConnect: true, enableOfflineQueue: false });
  await publisher.connect();
  const kafka = createKafkaClient('gateway', config.KAFKA_BROKERS, logger);
  await transport.start(kafka, logger.child({ component: 'catalog-cache' }));
  const metrics = new SubscriptionMetrics({ groups: () => subscriptions.gauges.groups(), sockets: () => subscriptions.gauges.sockets(), subscriptions: () => subscriptions.gauges.subscriptions() });
  const hub = new SignalHub(subscriber, metrics, logger.child({ component: 'signal-hub' }));
  const fanout = config.SUBSCRIPTION_FANOUT
    ? await startChangeFanout({
        kafka,
        hub,
        publisher,
        logger: logger.child({ component: 'fanout' }),
        sessionTimeoutMs: config.KAFKA_SESSION_TIMEOUT_MS,
        maxWaitTimeMs: config.FANOUT_MAX_WAIT_MS,
      })
    : undefined;
  const rateLimiter = new SyncedRateLimiter({
    redis: publisher,
    keyPrefix: 'gateway:requests',
    points: config.RATE_LIMIT_REQUESTS,
    windowSeconds: config.RATE_LIMIT_WINDOW_SECONDS,
    syncIntervalMs: config.RATE_LIMIT_SYNC_MS,
  });
  const subscriptions = startSubscriptionServer({
    httpServer,
    path: GRAPHQL_PATH,
    apollo,
    schema: () => apiSchema!,
    viewerRules: () => viewerRules!,
    hub,
    verify,
    admission: { addressOf: (request) => clientAddressOf(request, trust), limiter: rateLimiter },
    limits: {
      maxBufferedBytes: config.SUBSCRIPTION_MAX_BUFFERED_BYTES,
      slowConsumerGraceMs: config.SUBSCRIPTION_SLOW_CONSUMER_GRACE_MS,
      ...operationLimitsOf(config),
      maxOperations: config.WS_MAX_OPEN_OPERATIONS,
      operationsPerWindow: config.WS_RATE_LIMIT_OPERATIONS,
      windowSeconds: config.RATE_LIMIT_WINDOW_SECONDS,
      maxSocketsPerAddress: config.WS_MAX_SOCKETS_PER_ADDRESS,
    },
    metrics,
    logger: logger.child({ component: 'subscriptions' }),
  });

  mountMetricsRoute(app);
  mountWebApp(app, config.WEB_APP_DIR, logger);
  mountHealthRoutes(app, {
    supergraph: async () => apiSchema !== undefined,
    redis: async () => (await publisher.ping()) === 'PONG',
    ...subgraphReadinessChecks(subgraphUrls),
  });
  app.use(
    GRAPHQL_PATH,
    requestRateLimit(rateLimiter),
    express.json({ limit: MAX_REQUEST_BYTES }),
    documentSizeLimit(config.MAX_QUERY_TOKENS),
    expressMiddleware(apollo, {
      context: ({ req }) =>
        createGatewayContext(
          {
            authorization: req.header('authorization'),
            correlationId: req.header(CORRELATION_HEADER),
            clientIp: req.ip,
            userAgent: req.header('user-agent'),
          },
          verify,
        ),
    }),
  );
  mountHttpErrorHandlers(app, logger);

  await new Promise<void>((resolve) => httpServer.listen(config.PORT, resolve));
  logger.info({ port: config.PORT }, `gateway ready: Sandbox and GraphQL at http://127.0.0.1:${config.PORT}${GRAPHQL_PATH}`);

  onShutdown(logger, [
    ['websockets', () => subscriptions.stop()],
    ['http', () => apollo.stop()],
    ['fan-out consumer', () => fanout?.disconnect()],
    ['subgraph transport', () => transport.stop()],
    ['rate limiter', () => rateLimiter.stop()],
    ['redis', () => Promise.all([subscriber.quit(), publisher.quit()])],
    ['traces', stopTracing],
  ]);
}
