import { ArrayType, OptionalProps } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** A domain event written in the same transaction as the state change it describes. */
@Entity({ tableName: 'outbox_message' })
export class OutboxMessage {
  [OptionalProps]?: 'position' | 'correlationId' | 'actorId' | 'traceContext' | 'secretKeys' | 'publishedAt';

  /** Commit order; the relay publishes in this order so one aggregate's events stay ordered. */
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  position!: string;

  /** The event id: consumers deduplicate on it. */
  @Property({ type: 'uuid', unique: true })
  eventId!: string;

  @Property({ type: 'text' })
  topic!: string;

  @Property({ type: 'text' })
  key!: string;

  @Property({ type: 'text' })
  type!: string;

  @Property({ type: 'json' })
  payload!: unknown;

  @Property({ type: 'text', nullable: true })
  correlationId?: string;

  /** The user whose action caused the fact; null for the system (sweeps, scheduled jobs). */
  @Property({ type: 'text', nullable: true })
  actorId?: string | null;

  /** W3C trace context of the recording transaction (null when tracing is off). */
  @Property({ type: 'json', nullable: true })
  traceContext?: Record<string, string>;

  /** Payload keys that travel to Kafka but leave the row when it is marked published. */
  @Property({ type: ArrayType, columnType: 'text[]', nullable: true })
  secretKeys?: string[] | null;

  @Property({ type: 'datetime' })
  occurredAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  publishedAt?: Date;
}
