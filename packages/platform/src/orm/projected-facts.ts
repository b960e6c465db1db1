import { Entity, Property } from '@mikro-orm/decorators/legacy';
import type { BookingStatusFact, EventStatusFact } from '../messaging/event-contracts.js';
import { ProjectedRecord } from './records.js';

/**
 * The columns every subgraph's projection of a booking keeps, as `bookings.booking` facts give
 * them (see BookingFacts); each projection adds what its own rules need.
 */
@Entity({ abstract: true })
export abstract class ProjectedBooking extends ProjectedRecord {
  @Property({ type: 'uuid' })
  eventId!: string;

  /** The customer who booked. */
  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'text' })
  status!: BookingStatusFact;
}

/**
 * The columns every subgraph's projection of an event keeps, as `events.event` facts give
 * them (see EventFacts); each projection adds what its own rules need.
 */
@Entity({ abstract: true })
export abstract class ProjectedEvent extends ProjectedRecord {
  @Property({ type: 'text' })
  status!: EventStatusFact;

  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Property({ type: 'datetime' })
  endsAt!: Date;
}

export const PROJECTED_FACT_BASES = [ProjectedBooking, ProjectedEvent];
