import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { OutboxMessage } from './outbox-message.entity.js';
import type { Topic } from './topics.js';
import { activeTraceContext } from '../tracing/trace-context.js';

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
  const traceContext = activeTraceContext();
  for (const event of events) {
    em.persist(
      em.create(OutboxMessage, {
        eventId: randomUUID(),
        topic: event.topic,
        key: event.aggregateId,
        type: event.type,
        payload: event.payload,
        correlationId,
        traceContext,
        occurredAt: now,
      }),
    );
  }
}

/**
 * `recordEvents` inside one SQL statement: a data-modifying CTE body recording one `type` event
 * on `topic` per row of `source`, a relation with the columns "aggregate_id" (text) and
 * "payload" (jsonb). For statements that change state and record its fact in one round trip.
 */
export function outboxInsertSql(topic: Topic, type: string, source: string, correlationId: string | undefined) {
  return {
    sql: `insert into "outbox_message" ("event_id", "topic", "key", "type", "payload", "correlation_id", "trace_context", "occurred_at")
      select gen_random_uuid(), ?, "aggregate_id", ?, "payload", ?, ?::jsonb, now() from ${source}`,
    params: [topic, type, correlationId ?? null, traceContextJson()],
  };
}

function traceContextJson(): string | null {
  const traceContext = activeTraceContext();
  return traceContext ? JSON.stringify(traceContext) : null;
}
