import { ProjectedRecord, type BookingStatusFact } from '@boxoffice/platform';
import { Entity, Property } from '@mikro-orm/decorators/legacy';

/** A booking as the bookings.booking snapshots describe it: a CONFIRMED one lets its customer keep an agenda. */
@Entity({ tableName: 'booking_projection' })
export class BookingProjection extends ProjectedRecord {
  @Property({ type: 'uuid' })
  eventId!: string;

  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'text' })
  status!: BookingStatusFact;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
