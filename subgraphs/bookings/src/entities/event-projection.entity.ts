import { ProjectedRecord, type EventStatusFact } from '@boxoffice/platform';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, Property } from '@mikro-orm/decorators/legacy';

export interface SectionPrice {
  sectionId: string;
  priceCents: number;
}

const EVENT_STATUSES: EventStatusFact[] = ['DRAFT', 'PUBLISHED', 'CANCELLED', 'COMPLETED'];

/**
 * What bookings knows about an event, from the events.event snapshots. Its row is also the
 * event's inventory lock: every change to the event's seats locks it first and bumps
 * `availabilityVersion` in the same transaction.
 */
@Entity({ tableName: 'event_projection' })
export class EventProjection extends ProjectedRecord {
  [OptionalProps]?: 'inventoryReady' | 'availabilityVersion';

  @Index()
  @Property({ type: 'uuid' })
  venueId!: string;

  @Property({ type: 'uuid' })
  organizerId!: string;

  @Property({ type: 'text' })
  title!: string;

  @Enum({ items: EVENT_STATUSES, nativeEnumName: 'event_status' })
  status!: EventStatusFact;

  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Property({ type: 'datetime' })
  endsAt!: Date;

  @Property({ type: 'text' })
  currency!: string;

  @Property({ type: 'json' })
  prices!: SectionPrice[];

  /** True once the seat inventory exists (both the event and its venue's seats are known). */
  @Property({ type: 'boolean' })
  inventoryReady: boolean = false;

  @Property({ type: 'integer' })
  availabilityVersion: number = 0;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
