import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** The inbox: ids of events a consumer group has applied, so a redelivery has no effect. */
@Entity({ tableName: 'processed_event' })
export class ProcessedEvent {
  @PrimaryKey({ type: 'text' })
  consumer!: string;

  @PrimaryKey({ type: 'uuid' })
  eventId!: string;

  @Property({ type: 'datetime' })
  processedAt!: Date;
}
