import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { OutboxMessage } from './outbox-message.entity.js';
import type { Topic } from './topics.js';
import type { RequestContext } from '../server/request-context.js';
import { activeTraceContext } from '../tracing/trace-context.js';

/** Where a fact comes from: the request or fact that caused it. Every RequestContext is one. */
export type FactOrigin = Pick<RequestContext, 'correlationId' | 'auth' | 'causedBy'>;

/** The origin of work nobody asked for now (sweeps, scheduled jobs): a new correlation id, no actor. */
export const systemOrigin = (): FactOrigin => ({ correlationId: randomUUID(), auth: {} });

/** The user a fact of `origin` names as its actor: the caller, else whoever caused the fact being applied. */
export const actorOf = (origin: FactOrigin): string | null => origin.auth.viewer?.id ?? origin.causedBy ?? null;

export interface OutgoingEvent {
  topic: Topic;
  type: string;
  aggregateId: string;
  payload: unknown;
  /** Top-level payload keys holding secrets (e.g. a mailed token): published, then removed from the outbox row. */
  secretKeys?: string[];
}

/**
 * Records domain events in the outbox through `em`, so they commit or roll back with the state
 * change of the same transaction, each naming the correlation id and actor of `origin`. The
 * relay publishes them after commit.
 */
export function recordEvents(em: EntityManager, origin: FactOrigin, events: OutgoingEvent[]): void {
  const now = new Date();
  const { correlationId } = origin;
  const actorId = actorOf(origin);
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
        actorId,
        traceContext,
        secretKeys: event.secretKeys?.length ? event.secretKeys : null,
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
export function outboxInsertSql(topic: Topic, type: string, source: string, origin: FactOrigin) {
  return {
    sql: `insert into "outbox_message" ("event_id", "topic", "key", "type", "payload", "correlation_id", "actor_id", "trace_context", "occurred_at")
      select gen_random_uuid(), ?, "aggregate_id", ?, "payload", ?, ?, ?::jsonb, now() from ${source}`,
    params: [topic, type, origin.correlationId ?? null, actorOf(origin), traceContextJson()],
  };
}

function traceContextJson(): string | null {
  const traceContext = activeTraceContext();
  return traceContext ? JSON.stringify(traceContext) : null;
}
