import { byIdLoader, type RequestContext } from '@boxoffice/platform';
import type DataLoader from 'dataloader';
import { Event } from './entities/index.js';
import type { EventLifecycle } from './services/event-lifecycle.js';
import { EventPages } from './services/event-pages.js';

export interface EventsContext extends RequestContext {
  lifecycle: EventLifecycle;
  loaders: { event: DataLoader<string, Event | null> };
  /** Batched pages for `Venue.events` and `User.organizedEvents`. */
  eventPages: EventPages;
}

export function createEventsContext(base: RequestContext, lifecycle: EventLifecycle): EventsContext {
  return {
    ...base,
    lifecycle,
    loaders: { event: byIdLoader(base.em, Event) },
    eventPages: new EventPages(base.em, base.auth.viewer),
  };
}
