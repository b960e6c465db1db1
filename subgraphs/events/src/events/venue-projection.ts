import { TOPICS, VenueEventTypes, type Projection, type ProjectionHandler, type VenueFacts } from '@boxoffice/platform';
import { KnownSection, KnownVenue } from '../entities/index.js';

/** Upserts the venue and its sections from the snapshot; applying it twice changes nothing. */
const applyVenueSnapshot: ProjectionHandler = async (event, em) => {
  const venue = event.payload as VenueFacts;
  await em.upsert(
    KnownVenue,
    { id: venue.venueId, managerId: venue.managerId, name: venue.name },
    { onConflictFields: ['id'], onConflictAction: 'merge' },
  );
  if (venue.sections.length === 0) return;
  await em.upsertMany(
    KnownSection,
    venue.sections.map((section) => ({ id: section.id, venueId: venue.venueId, name: section.name })),
    { onConflictFields: ['id'], onConflictAction: 'merge' },
  );
};

/** Events learns venues' seat maps from their Kafka events, never by calling venues. */
export const venueProjection: Projection = {
  topics: [TOPICS.venue],
  handlers: {
    [VenueEventTypes.created]: applyVenueSnapshot,
    [VenueEventTypes.updated]: applyVenueSnapshot,
  },
};
