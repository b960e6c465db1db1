import { byIdLoader, childrenLoader, type RequestContext } from '@boxoffice/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import type DataLoader from 'dataloader';
import { Seat, Section, Venue } from './entities/index.js';

/** Per-request batching: each loader turns N lookups into one SQL query. */
export interface VenuesLoaders {
  venue: DataLoader<string, Venue | null>;
  section: DataLoader<string, Section | null>;
  seat: DataLoader<string, Seat | null>;
  sectionsOfVenue: DataLoader<string, Section[]>;
  seatsOfSection: DataLoader<string, Seat[]>;
}

export interface VenuesContext extends RequestContext {
  loaders: VenuesLoaders;
}

function createLoaders(em: EntityManager): VenuesLoaders {
  return {
    venue: byIdLoader(em, Venue),
    section: byIdLoader(em, Section),
    seat: byIdLoader(em, Seat),
    sectionsOfVenue: childrenLoader(
      (venueIds) => em.find(Section, { venueId: { $in: [...venueIds] } }, { orderBy: { venueId: 'asc', position: 'asc' } }),
      (section) => section.venueId,
    ),
    seatsOfSection: childrenLoader(
      (sectionIds) => em.find(Seat, { sectionId: { $in: [...sectionIds] } }, { orderBy: { sectionId: 'asc', position: 'asc' } }),
      (seat) => seat.sectionId,
    ),
  };
}

export function createVenuesContext(base: RequestContext): VenuesContext {
  return { ...base, loaders: createLoaders(base.em) };
}
