import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { OutboxMessage } from './outbox-message.entity.js';
import type { Topic } from './topics.js';

export interface OutgoingEvent {
  topic: Topic;
  type: string;
  aggregateId: string;
  payload: unknown;
}

/**
 * Records domain events in the outbox through `em`, so they commit or roll back with the state
 * change of the same transaction. The relay publishes them after commit.
 */
export function recordEvents(em: EntityManager, correlationId: string | undefined, events: OutgoingEvent[]): void {
  const now = new Date();
  for (const event of events) {
    em.persist(
      em.create(OutboxMessage, {
        eventId: randomUUID(),
        topic: event.topic,
        key: event.aggregateId,
        type: event.type,
        payload: event.payload,
        correlationId,
        occurredAt: now,
      }),
    );
  }
}
