import type { ProjectionHandler, VenueFacts } from '@boxoffice/platform';
import type { EventsServices } from '../../context.js';

/** VenueCreated/VenueUpdated: the venue and its sections as events knows them. */
export const venueSnapshotHandler =
  (services: EventsServices): ProjectionHandler =>
  (event, ctx) =>
    services.knownVenues.record(ctx, event.payload as VenueFacts);
