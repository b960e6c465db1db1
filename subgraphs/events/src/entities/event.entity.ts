import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Property } from '@mikro-orm/decorators/legacy';
import type { EventFacts } from '@boxoffice/platform';
import { Directive, Field, ObjectType } from 'type-graphql';
import { EventStatus } from './event-status.js';
import { ScheduledRecord } from '@boxoffice/platform';

/** One price of an event, as stored (a jsonb array on the event) and as sent on Kafka. */
export type StoredPrice = EventFacts['prices'][number];

/**
 * An event at a venue. `venue`, `organizer` and `prices` are exposed through field resolvers
 * as references to the subgraphs that own venues, sections and users.
 */
@ObjectType({ description: 'Owned by events.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'event' })
export class Event extends ScheduledRecord {
  [OptionalProps]?: 'id' | 'status' | 'description' | 'cancellationReason' | 'createdAt' | 'updatedAt';

  @Field(() => EventStatus)
  @Enum({ items: () => EventStatus, nativeEnumName: 'event_status' })
  status: EventStatus = EventStatus.DRAFT;

  @Field({ description: 'ISO 4217 currency code of the prices.' })
  @Property({ type: 'text' })
  currency!: string;

  /** One entry per priced section; kept on the row so a page of events loads its prices with it. */
  @Property({ type: 'json' })
  prices!: StoredPrice[];

  @Property({ type: 'uuid' })
  venueId!: string;

  @Property({ type: 'uuid' })
  organizerId!: string;

  @Field(() => String, { nullable: true, description: 'Why the event was cancelled; null unless CANCELLED.' })
  @Property({ type: 'text', nullable: true })
  cancellationReason?: string | null;
}
