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
  onShutdown,
  remoteKeySet,
  type Logger,
} from '@boxoffice/platform';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { Redis } from 'ioredis';
import type { GatewayConfig } from './config.js';
import { createGatewayContext, type GatewayContext } from './context.js';
import { inputErrorFields } from './input-error-fields.js';
import { startChangeFanout } from './subscriptions/change-fanout.js';
import { RedisHub } from './subscriptions/redis-hub.js';
import { startSubscriptionServer } from './subscriptions/subscription-server.js';
import { documentSizeLimit } from './limits/document-size.js';
import { operationLimits } from './limits/operation-limits.js';
import { MAX_REQUEST_BYTES } from './limits/request-size.js';
import { requestRateLimit } from './limits/request-rate-limit.js';
import { createSupergraphGateway } from './supergraph.js';

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
  const gateway = createSupergraphGateway(config, logger);
  let apiSchema: GraphQLSchema | undefined;
  gateway.onSchemaLoadOrUpdate(({ apiSchema: schema }) => {
    apiSchema = schema;
  });

  const app = express();
  app.set('trust proxy', config.TRUST_PROXY);
  const httpServer = createServer(app);
  // Outlive clients' and load balancers' idle connections (60 s is common), so a client never
  // sends a request on a connection this server is just closing.
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  const production = config.NODE_ENV === 'production';
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    logger,
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    // Our own shutdown drains everything in order; Apollo's would exit the process half-way.
    stopOnTerminationSignals: false,
    introspection: !production,
    plugins: [
      operationLimits(operationLimitsOf(config)),
      inputErrorFields,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      production ? ApolloServerPluginLandingPageProductionDefault() : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
    ],
  });
  await apollo.start();

  const subscriber = new Redis(config.REDIS_URL);
  const publisher = new Redis(config.REDIS_URL);
  const kafka = createKafkaClient('gateway', config.KAFKA_BROKERS, logger);
  const fanout = config.SUBSCRIPTION_FANOUT
    ? await startChangeFanout(kafka, publisher, logger.child({ component: 'fanout' }), config.KAFKA_SESSION_TIMEOUT_MS)
    : undefined;
  const subscriptions = startSubscriptionServer({
    httpServer,
    path: GRAPHQL_PATH,
    apollo,
    schema: () => apiSchema!,
    hub: new RedisHub(subscriber),
    verify,
    limits: {
      ...operationLimitsOf(config),
      maxOperations: config.WS_MAX_OPEN_OPERATIONS,
      operationsPerWindow: config.WS_RATE_LIMIT_OPERATIONS,
      windowSeconds: config.RATE_LIMIT_WINDOW_SECONDS,
    },
  });

  mountHealthRoutes(app, {
    supergraph: async () => apiSchema !== undefined,
    redis: async () => (await publisher.ping()) === 'PONG',
  });
  app.use(
    GRAPHQL_PATH,
    requestRateLimit(publisher, config.RATE_LIMIT_REQUESTS, config.RATE_LIMIT_WINDOW_SECONDS),
    express.json({ limit: MAX_REQUEST_BYTES }),
    documentSizeLimit(config.MAX_QUERY_TOKENS),
    expressMiddleware(apollo, {
      context: ({ req }) =>
        createGatewayContext(
          {
            authorization: req.header('authorization'),
            correlationId: req.header(CORRELATION_HEADER),
            clientIp: req.ip,
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
    ['redis', () => Promise.all([subscriber.quit(), publisher.quit()])],
  ]);
}
