import { ProjectedBooking } from '@boxoffice/platform';
import { Entity, Property } from '@mikro-orm/decorators/legacy';

/**
 * Payments' projection of a booking, fed by the bookings subgraph's `bookings.booking` events:
 * what may be paid, by whom (its customer alone), for how much and until when, and who may
 * refund it.
 */
@Entity({ tableName: 'booking_projection' })
export class BookingProjection extends ProjectedBooking {
  /** The event's organizer; may refund. */
  @Property({ type: 'uuid' })
  organizerId!: string;

  @Property({ type: 'integer' })
  totalCents!: number;

  @Property({ type: 'text' })
  currency!: string;

  @Property({ type: 'datetime', nullable: true })
  paymentDueAt?: Date | null;

  /** When the last event about this booking was applied. */
  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
