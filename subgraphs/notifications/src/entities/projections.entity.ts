import { ProjectedBooking, ProjectedEvent, ProjectedRecord, type TicketFact } from '@boxoffice/platform';
import { Entity, Index, Property } from '@mikro-orm/decorators/legacy';

/** How to address a person, from users.user. */
@Entity({ tableName: 'person' })
export class Person extends ProjectedRecord {
  @Property({ type: 'text' })
  email!: string;

  @Property({ type: 'text' })
  name!: string;
}

/** What a mail says about an event, from events.event. */
@Entity({ tableName: 'event_projection' })
export class EventProjection extends ProjectedEvent {
  @Property({ type: 'uuid' })
  venueId!: string;

  @Property({ type: 'text' })
  title!: string;

  /** Kept so that a holder whose booking's cancellation arrives after the event's still hears why. */
  @Property({ type: 'text', nullable: true })
  cancellationReason?: string | null;
}

/** What a mail says about a venue, from venues.venue. */
@Entity({ tableName: 'venue_projection' })
export class VenueProjection extends ProjectedRecord {
  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  city!: string;
}

/** Who holds which booking of which event, from bookings.booking: whom an event's cancellation concerns. */
@Entity({ tableName: 'booking_projection' })
@Index({ properties: ['eventId'] })
export class BookingProjection extends ProjectedBooking {
  @Property({ type: 'integer' })
  totalCents!: number;

  @Property({ type: 'text' })
  currency!: string;

  @Property({ type: 'json', nullable: true })
  tickets?: TicketFact[] | null;

  /** Cancelled because its event was: the event's cancellation still tells its holder, whichever fact comes first. */
  @Property({ type: 'boolean' })
  cancelledWithEvent: boolean = false;
}
