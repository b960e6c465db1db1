import type { MikroORM } from '@mikro-orm/postgresql';
import { createLogger, type Logger } from '../logging/logger.js';
import type { RequestContext } from '../server/request-context.js';
import { appliedFacts } from './applied-facts.js';
import type { ReceivedEvent } from './domain-event.js';
import type { EventHandler } from './event-consumer.js';

/**
 * Handles one fact. `ctx.em` is the inbox's transaction and `ctx.auth` is empty, so a handler
 * calls services with the same `(ctx, input)` signature as a resolver.
 */
export type ProjectionHandler = (event: ReceivedEvent, ctx: RequestContext) => Promise<void>;

/** Handlers by event type; types without a handler are recorded and otherwise ignored. */
export type ProjectionHandlers = Record<string, ProjectionHandler>;

/**
 * Applies each event exactly once per consumer: the event id goes into the inbox
 * (`processed_event`) in the same transaction as the handler's changes, and an id already
 * there means a redelivery, which is skipped. Requests waiting for the aggregate hear of it.
 */
export function inboxHandler(orm: MikroORM, consumer: string, handlers: ProjectionHandlers, logger: Logger = createLogger(consumer)): EventHandler {
  return async (event) => {
    await orm.em.fork().transactional(async (em) => {
      const inserted = await em.execute(
        `insert into "processed_event" ("consumer", "event_id", "processed_at") values (?, ?, now())
         on conflict do nothing returning "event_id"`,
        [consumer, event.id],
      );
      if (inserted.length === 0) return;
      const correlationId = event.correlationId ?? event.id;
      await handlers[event.type]?.(event, { em, auth: {}, correlationId, causedBy: event.actorId, logger: logger.child({ correlationId }) });
    });
    appliedFacts.applied(event.aggregateId);
  };
}
