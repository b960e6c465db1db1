import type { Constructor } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Express } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { JWTVerifyGetKey } from 'jose';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { AuthContext } from '../auth/viewer.js';
import type { SubgraphConfig } from '../config/subgraph-config.js';
import type { ProjectionHandlers } from '../messaging/inbox-handler.js';
import type { KafkaClient } from '../messaging/kafka-client.js';
import type { Topic } from '../messaging/topics.js';
import type { NamedMigration } from '../orm/init-orm.js';

/** What a subgraph process holds for its lifetime. */
export interface SubgraphServices {
  config: SubgraphConfig;
  logger: Logger;
  orm: MikroORM;
  kafka: KafkaClient;
  /** Present when the definition asks for Redis. */
  redis?: Redis;
}

/** The per-request context every resolver receives; subgraphs add their loaders to it. */
export interface RequestContext {
  em: EntityManager;
  auth: AuthContext;
  correlationId: string;
  clientIp?: string;
  logger: Logger;
}

export interface Projection {
  topics: Topic[];
  handlers: ProjectionHandlers;
}

/** Something started at boot that must be stopped at shutdown (a sweeper, a scheduler). */
export interface Stoppable {
  stop(): Promise<void> | void;
}

/** What a subgraph plugs into the process once its services are connected. */
export interface SubgraphWiring<Context extends RequestContext> {
  /** Adds per-request members (DataLoaders, domain services) to the base context. */
  createContext(base: RequestContext): Context;
  /** The key set to verify access tokens with; default: the remote JWKS at JWKS_URL. */
  verificationKeys?: JWTVerifyGetKey;
  /** Extra HTTP routes (e.g. the JWKS document). */
  routes?(app: Express): void;
  /** Background work started by `wire` (sweepers, schedulers), stopped at shutdown. */
  jobs?: Stoppable[];
  /** Kafka topics this subgraph projects, consumed as group `<name>`; started after wiring. */
  projection?: Projection;
}

/** Everything that makes one subgraph what it is; `runSubgraph` does the rest. */
export interface SubgraphDefinition<Context extends RequestContext = RequestContext> {
  name: string;
  defaultPort: number;
  entities: Constructor<object>[];
  migrations: NamedMigration[];
  buildSchema(): Promise<GraphQLSchema>;
  usesRedis?: boolean;
  /** Reads the subgraph's own settings and builds its services; runs before HTTP opens. */
  wire(services: SubgraphServices): Promise<SubgraphWiring<Context>>;
}
