import { byIdLoader, type SubgraphContext } from '@boxoffice/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Event } from './entities/index.js';
import type { EventCatalog } from './services/event-catalog.js';
import type { EventLifecycle } from './services/event-lifecycle.js';
import { EventPages } from './services/event-pages.js';
import type { KnownVenues } from './services/known-venues.js';

export interface EventsServices {
  lifecycle: EventLifecycle;
  catalog: EventCatalog;
  knownVenues: KnownVenues;
}

export function createEventsLoaders(em: EntityManager) {
  return {
    event: byIdLoader(em, Event),
    /** Batched pages for `Venue.events` and `User.organizedEvents`. */
    eventPages: new EventPages(em),
  };
}
export type EventsLoaders = ReturnType<typeof createEventsLoaders>;

export type EventsContext = SubgraphContext<EventsServices, EventsLoaders>;
