import type { ProjectionHandler, VenueSeatsFacts } from '@boxoffice/platform';
import type { BookingsServices } from '../../context.js';

/** VenueSeatsAdded: a piece of the venue's seat map (VenueCreated and VenueUpdated carry none). */
export const venueSeatsHandler =
  ({ venueSeats }: BookingsServices): ProjectionHandler =>
  (message, ctx) =>
    venueSeats.record(ctx, message.payload as VenueSeatsFacts);
