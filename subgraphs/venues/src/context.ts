import { byIdLoader, childrenByKey, type SubgraphContext } from '@boxoffice/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Seat, Section, Venue } from './entities/index.js';
import type { VenueRegistration } from './services/venue-registration.js';
import type { VenueSearch } from './services/venue-search.js';
import type { VenueUpdate } from './services/venue-update.js';

export interface VenuesServices {
  registration: VenueRegistration;
  update: VenueUpdate;
  search: VenueSearch;
}

/** Per-request batching: each loader turns N lookups into one SQL query. */
export function createVenuesLoaders(em: EntityManager) {
  return {
    venue: byIdLoader(em, Venue),
    section: byIdLoader(em, Section),
    seat: byIdLoader(em, Seat),
    sectionsOfVenue: childrenByKey(em, Section, 'venueId', { orderBy: { venueId: 'asc', position: 'asc' } }),
    seatsOfSection: childrenByKey(em, Seat, 'sectionId', { orderBy: { sectionId: 'asc', position: 'asc' } }),
  };
}
export type VenuesLoaders = ReturnType<typeof createVenuesLoaders>;

export type VenuesContext = SubgraphContext<VenuesServices, VenuesLoaders>;
