/** The envelope of every message on Kafka (see docs/flows.md); the payloads are in event-contracts.ts. */
export interface DomainEvent<P = unknown> {
  /** UUID; consumers deduplicate on it. */
  id: string;
  type: string;
  occurredAt: string;
  aggregateId: string;
  payload: P;
  /** The user whose action caused the fact (directly, or through the fact a consumer applied); absent for the system. */
  actorId?: string;
}

/** A received event plus transport facts consumers may need. */
export interface ReceivedEvent<P = unknown> extends DomainEvent<P> {
  topic: string;
  correlationId?: string;
}

export const CORRELATION_HEADER = 'x-correlation-id';
