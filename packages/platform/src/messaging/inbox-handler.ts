import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { appliedFacts } from './applied-facts.js';
import type { ReceivedEvent } from './domain-event.js';
import type { EventHandler } from './event-consumer.js';

export type ProjectionHandler = (event: ReceivedEvent, em: EntityManager) => Promise<void>;

/** Handlers by event type; types without a handler are recorded and otherwise ignored. */
export type ProjectionHandlers = Record<string, ProjectionHandler>;

/**
 * Applies each event exactly once per consumer: the event id goes into the inbox
 * (`processed_event`) in the same transaction as the handler's changes, and an id already
 * there means a redelivery, which is skipped. Requests waiting for the aggregate hear of it.
 */
export function inboxHandler(orm: MikroORM, consumer: string, handlers: ProjectionHandlers): EventHandler {
  return async (event) => {
    await orm.em.fork().transactional(async (em) => {
      const inserted = await em.execute(
        `insert into "processed_event" ("consumer", "event_id", "processed_at") values (?, ?, now())
         on conflict do nothing returning "event_id"`,
        [consumer, event.id],
      );
      if (inserted.length === 0) return;
      await handlers[event.type]?.(event, em);
    });
    appliedFacts.applied(event.aggregateId);
  };
}
