import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { Redis } from 'ioredis';
import kafkajs, { type Consumer } from 'kafkajs';
import { authenticate, createTokenVerifier, remoteKeySet } from '../auth/token-verifier.js';
import { loadSubgraphConfig } from '../config/subgraph-config.js';
import { defaultSubgraphPort } from '../config/subgraph-names.js';
import { createErrorFormatter } from '../errors/format-error.js';
import { refuseNulCharacters } from '../graphql/nul-characters.js';
import { createLogger } from '../logging/logger.js';
import { startEventConsumer } from '../messaging/event-consumer.js';
import { inboxHandler } from '../messaging/inbox-handler.js';
import { InboxPruner } from '../messaging/inbox-pruner.js';
import { createKafkaClient } from '../messaging/kafka-client.js';
import { DEFAULT_OUTBOX_RETENTION, OutboxRelay } from '../messaging/outbox-relay.js';
import { initOrm } from '../orm/init-orm.js';
import { onShutdown } from './graceful-shutdown.js';
import { stopTracing } from '../tracing/tracing-shutdown.js';
import { mountHealthRoutes } from './health.js';
import { watchDatabasePool } from '../metrics/database-metrics.js';
import { watchConsumerLag, watchOutbox } from '../metrics/messaging-metrics.js';
import { mountMetricsRoute } from '../metrics/registry.js';
import { requestMetricsPlugin } from '../metrics/request-metrics.js';
import { resolverClassesOf } from '../metrics/resolver-classes.js';
import { CLIENT_USER_AGENT_HEADER, clientAddressOf, subgraphBodyParsing } from './gateway-signature.js';
import { mountHttpErrorHandlers } from './http-errors.js';
import { countGraphqlRequests } from './request-counter.js';
import { startOrExit } from './start-or-exit.js';
import { CORRELATION_HEADER } from '../messaging/domain-event.js';
import { ConsumerProgress } from '../messaging/consumer-progress.js';
import { ProjectionWait } from '../util/projection-wait.js';
import { WaitBudget } from '../util/wait-budget.js';
import type { RequestContext, SubgraphContext } from './request-context.js';
import type { SubgraphDefinition, SubgraphRuntime } from './subgraph-definition.js';

const { Partitioners } = kafkajs;
const INBOX_PRUNE_INTERVAL_MS = 10 * 60_000;

/**
 * Starts one subgraph: config, database and migrations, Kafka producer with outbox relay,
 * projection consumer, Redis, the GraphQL endpoint, health routes, background jobs, and a
 * clean shutdown on SIGTERM in the reverse order.
 */
export async function runSubgraph<S, L>(definition: SubgraphDefinition<S, L>): Promise<void> {
  const logger = createLogger(definition.name);
  await startOrExit(logger, () => start(definition, logger));
}

async function start<S, L>(definition: SubgraphDefinition<S, L>, logger: ReturnType<typeof createLogger>) {
  const config = loadSubgraphConfig(definition.name, defaultSubgraphPort(definition.name));
  const orm = await initOrm({
    databaseUrl: config.databaseUrl,
    entities: definition.entities,
    migrations: definition.migrations,
    logger,
  });
  const kafka = createKafkaClient(definition.name, config.KAFKA_BROKERS, logger);
  // No offline queue: while Redis is unreachable a command fails at once (callers fall back)
  // instead of waiting for the reconnection.
  const redis = definition.usesRedis ? new Redis(config.REDIS_URL, { lazyConnect: true, enableOfflineQueue: false }) : undefined;
  await redis?.connect();
  const progress = new ConsumerProgress(kafka, definition.name);
  const projectionWait = new ProjectionWait(config.PROJECTION_WAIT_MS, progress);
  const runtime: SubgraphRuntime = { config, logger, orm, kafka, redis, projectionWait };

  // librdkafka's mock broker (dev/tests) cannot serve idempotent producers; at-least-once plus
  // consumer-side deduplication gives the same guarantee.
  const producer = kafka.producer({ allowAutoTopicCreation: false, idempotent: false, createPartitioner: Partitioners.DefaultPartitioner });
  let kafkaUp = false;
  producer.on(producer.events.CONNECT, () => (kafkaUp = true));
  producer.on(producer.events.DISCONNECT, () => (kafkaUp = false));
  await producer.connect();
  const relay = new OutboxRelay(orm, producer, config.databaseUrl, logger.child({ component: 'outbox' }), {
    ...DEFAULT_OUTBOX_RETENTION,
    keepPublishedMs: config.OUTBOX_RETENTION_HOURS * 3600_000,
  });
  await relay.start();

  const wiring = await definition.wire(runtime);
  let consumer: Consumer | undefined;
  let inboxPruner: InboxPruner | undefined;
  if (wiring.projection) {
    consumer = await startEventConsumer({
      kafka,
      groupId: definition.name,
      topics: wiring.projection.topics,
      handle: inboxHandler(orm, definition.name, wiring.projection.handlers, logger.child({ component: 'consumer' })),
      logger: logger.child({ component: 'consumer' }),
      sessionTimeoutMs: config.KAFKA_SESSION_TIMEOUT_MS,
    });
    progress.track(wiring.projection.topics);
    inboxPruner = new InboxPruner(orm, { keepMs: config.INBOX_RETENTION_HOURS * 3600_000, everyMs: INBOX_PRUNE_INTERVAL_MS }, logger.child({ component: 'inbox' })).start();
    watchConsumerLag(progress);
  }
  watchOutbox(relay);
  await watchDatabasePool(orm);

  const verify = createTokenVerifier({
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
    keys: wiring.verificationKeys ?? remoteKeySet(config.JWKS_URL),
  });
  const app = express();
  const httpServer = createServer(app);
  // Outlive the gateway's pooled connections, or it may reuse a socket this server just closed.
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  const schema = await definition.buildSchema();
  const resolverMetrics = requestMetricsPlugin<SubgraphContext<S, L>>({ prefix: 'graphql_resolver', label: 'resolver', valuesOf: resolverClassesOf() });
  const apollo = new ApolloServer<SubgraphContext<S, L>>({
    schema,
    logger,
    formatError: createErrorFormatter(logger, definition.name),
    includeStacktraceInErrorResponses: false,
    // Our own shutdown drains everything in order; Apollo's would exit the process half-way.
    stopOnTerminationSignals: false,
    // No Apollo Studio reporting, so no federated traces to compute.
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginInlineTraceDisabled(), refuseNulCharacters(), resolverMetrics],
  });
  await apollo.start();

  mountHealthRoutes(app, {
    database: () => orm.isConnected(),
    kafka: async () => kafkaUp,
    ...(redis ? { redis: async () => (await redis.ping()) === 'PONG' } : {}),
  });
  mountMetricsRoute(app);
  wiring.routes?.(app);
  app.use(
    '/graphql',
    countGraphqlRequests,
    ...subgraphBodyParsing(config.SUBGRAPH_SHARED_SECRET, '1mb'),
    // After body parsing: the budget must hold for the execution, which runs from here on.
    (_req: express.Request, _res: express.Response, next: express.NextFunction) =>
      new WaitBudget(config.PROJECTION_WAITS_PER_REQUEST, config.PROJECTION_WAIT_MS).run(next),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const correlationId = req.header(CORRELATION_HEADER) ?? randomUUID();
        const base: RequestContext = {
          em: orm.em.fork(),
          auth: await authenticate(req.header('authorization'), verify),
          correlationId,
          clientIp: clientAddressOf(req, res),
          userAgent: req.header(CLIENT_USER_AGENT_HEADER),
          logger: logger.child({ correlationId }),
        };
        return { ...base, services: wiring.services, loaders: wiring.loaders(base.em) };
      },
    }),
  );
  mountHttpErrorHandlers(app, logger);

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.HOST, resolve));
  logger.info({ port: config.port }, `${definition.name} subgraph ready at http://${config.HOST}:${config.port}/graphql`);

  onShutdown(logger, [
    ['http', () => apollo.stop()],
    ['jobs', () => Promise.all((wiring.jobs ?? []).map((job) => job.stop()))],
    ['consumer', () => consumer?.disconnect()],
    ['inbox pruning', () => inboxPruner?.stop()],
    ['consumer progress', () => progress.stop()],
    ['outbox relay', () => relay.stop()],
    ['kafka producer', () => producer.disconnect()],
    ['redis', () => redis?.quit()],
    ['orm', () => orm.close()],
    ['traces', stopTracing],
  ]);
}
