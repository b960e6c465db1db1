import { ProjectedBooking } from '@boxoffice/platform';
import { Entity, Property } from '@mikro-orm/decorators/legacy';

/** A booking as the bookings.booking snapshots describe it: a CONFIRMED one lets its customer keep an agenda. */
@Entity({ tableName: 'booking_projection' })
export class BookingProjection extends ProjectedBooking {
  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
