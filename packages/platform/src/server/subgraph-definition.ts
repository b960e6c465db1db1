import type { Constructor } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Express } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { JWTVerifyGetKey } from 'jose';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { SubgraphConfig } from '../config/subgraph-config.js';
import type { SubgraphName } from '../config/subgraph-names.js';
import type { ProjectionHandlers } from '../messaging/inbox-handler.js';
import type { KafkaClient } from '../messaging/kafka-client.js';
import type { Topic } from '../messaging/topics.js';
import type { NamedMigration } from '../orm/init-orm.js';
import type { ProjectionWait } from '../util/projection-wait.js';

export type { RequestContext, SubgraphContext } from './request-context.js';

/** What a subgraph process holds for its lifetime. */
export interface SubgraphRuntime {
  config: SubgraphConfig;
  logger: Logger;
  orm: MikroORM;
  kafka: KafkaClient;
  /** Present when the definition asks for Redis. */
  redis?: Redis;
  /** Waits for facts still on their way over Kafka, up to PROJECTION_WAIT_MS. */
  projectionWait: ProjectionWait;
}

export interface Projection {
  topics: Topic[];
  handlers: ProjectionHandlers;
}

/** Something started at boot that must be stopped at shutdown (a sweeper, a scheduler). */
export interface Stoppable {
  stop(): Promise<void> | void;
}

/** What a subgraph plugs into the process once its runtime is up. */
export interface SubgraphWiring<Services, Loaders> {
  /** The long-lived domain services, reached as `ctx.services` by resolvers and fact handlers. */
  services: Services;
  /** The request's DataLoaders over its unit of work. */
  loaders(em: EntityManager): Loaders;
  /** The key set to verify access tokens with; default: the remote JWKS at JWKS_URL. */
  verificationKeys?: JWTVerifyGetKey;
  /** Extra HTTP routes (e.g. the JWKS document). */
  routes?(app: Express): void;
  /** Background work started by `wire` (PeriodicTasks), stopped at shutdown. */
  jobs?: Stoppable[];
  /** Kafka topics this subgraph projects, consumed as group `<name>`; started after wiring. */
  projection?: Projection;
}

/** Everything that makes one subgraph what it is; `runSubgraph` does the rest. */
export interface SubgraphDefinition<Services = unknown, Loaders = unknown> {
  name: SubgraphName;
  entities: Constructor<object>[];
  migrations: NamedMigration[];
  buildSchema(): Promise<GraphQLSchema>;
  usesRedis?: boolean;
  /** Reads the subgraph's own settings and builds its services; runs before HTTP opens. */
  wire(runtime: SubgraphRuntime): Promise<SubgraphWiring<Services, Loaders>>;
}
