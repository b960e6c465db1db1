import { PeriodicTask, type SubgraphDefinition } from '@boxoffice/platform';
import { createEventsLoaders, type EventsLoaders, type EventsServices } from './context.js';
import { Event, KnownSection, KnownVenue } from './entities/index.js';
import { eventsProjection } from './messaging/incoming/index.js';
import { migrations } from './migrations/index.js';
import { buildEventsSchema } from './schema.js';
import { EventCatalog } from './services/event-catalog.js';
import { EventCompletion } from './services/event-completion.js';
import { EventLifecycle } from './services/event-lifecycle.js';
import { KnownVenues } from './services/known-venues.js';
import { loadEventsSettings } from './settings.js';

export const eventsSubgraph: SubgraphDefinition<EventsServices, EventsLoaders> = {
  name: 'events',
  entities: [Event, KnownVenue, KnownSection],
  migrations,
  buildSchema: buildEventsSchema,
  async wire({ logger, orm, projectionWait }) {
    const settings = loadEventsSettings();
    const knownVenues = new KnownVenues(projectionWait);
    const services: EventsServices = { lifecycle: new EventLifecycle(knownVenues), catalog: new EventCatalog(), knownVenues };
    const completion = new EventCompletion(orm, logger.child({ component: 'completion' }));
    const completionTask = new PeriodicTask({
      name: 'completing past events',
      intervalMs: settings.EVENT_COMPLETION_INTERVAL_MS,
      run: () => completion.completeAllDue(),
      logger,
    }).start();
    return {
      services,
      loaders: createEventsLoaders,
      jobs: [completionTask],
      projection: eventsProjection(services),
    };
  },
};
