import { VenueEventTypes, type ProjectionHandler, type ProjectionHandlers, type VenueFacts } from '@boxoffice/platform';
import type { NotificationsServices } from '../../context.js';

/** Handlers for `venues.venue`: a venue's name and city for the mails (seat pieces are not needed). */
export function venueHandlers({ catalog }: NotificationsServices): ProjectionHandlers {
  const record: ProjectionHandler = (event, ctx) => catalog.recordVenue(ctx, event.payload as VenueFacts);
  return { [VenueEventTypes.created]: record, [VenueEventTypes.updated]: record };
}
