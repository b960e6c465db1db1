import { TOPICS, VenueEventTypes, type Projection } from '@boxoffice/platform';
import type { EventsServices } from '../../context.js';
import { venueSnapshotHandler } from './venues.venue.js';

/** Events learns venues' seat maps from their Kafka events, never by calling venues. */
export function eventsProjection(services: EventsServices): Projection {
  const applyVenueSnapshot = venueSnapshotHandler(services);
  return {
    topics: [TOPICS.venue],
    handlers: {
      [VenueEventTypes.created]: applyVenueSnapshot,
      [VenueEventTypes.updated]: applyVenueSnapshot,
    },
  };
}
