import { EventEventTypes, TOPICS, VenueEventTypes, type Projection } from '@boxoffice/platform';
import type { BookingsServices } from '../../context.js';
import { eventSnapshotHandler } from './events.event.js';
import { paymentHandlers } from './payments.payment.js';
import { venueSnapshotHandler } from './venues.venue.js';

/** What bookings consumes (group `bookings`); every handler runs in the inbox's transaction. */
export function bookingsProjection(services: BookingsServices): Projection {
  const applyVenue = venueSnapshotHandler(services);
  const applyEvent = eventSnapshotHandler(services);
  return {
    topics: [TOPICS.venue, TOPICS.event, TOPICS.payment],
    handlers: {
      [VenueEventTypes.created]: applyVenue,
      [VenueEventTypes.updated]: applyVenue,
      ...Object.fromEntries(Object.values(EventEventTypes).map((type) => [type, applyEvent])),
      ...paymentHandlers(services),
    },
  };
}
