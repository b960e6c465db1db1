import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { AuthContext } from '../auth/viewer.js';

/**
 * What every resolver and every fact handler receives: the unit of work, the caller (empty for
 * a fact from Kafka), the correlation id that ties logs and published events together.
 */
export interface RequestContext {
  em: EntityManager;
  auth: AuthContext;
  correlationId: string;
  clientIp?: string;
  /** The client's User-Agent, as the gateway forwarded it. */
  userAgent?: string;
  logger: Logger;
  /**
   * In a fact handler: the user whose action caused the fact, so the facts it records in turn
   * name them too. Requests leave it unset: their actor is the viewer.
   */
  causedBy?: string;
}

/** A subgraph's per-request context: the base plus its services and its request's DataLoaders. */
export interface SubgraphContext<Services, Loaders> extends RequestContext {
  services: Services;
  loaders: Loaders;
}
