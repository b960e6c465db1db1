import type { ProjectionHandler, VenueFacts } from '@boxoffice/platform';
import type { BookingsServices } from '../../context.js';

/** VenueCreated/VenueUpdated carry the venue's whole seat map. */
export const venueSnapshotHandler =
  ({ venueSeats }: BookingsServices): ProjectionHandler =>
  (message, ctx) =>
    venueSeats.record(ctx, message.payload as VenueFacts);
