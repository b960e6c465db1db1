import type { SubgraphDefinition } from '@boxoffice/platform';
import { createEventsContext, type EventsContext } from './context.js';
import { Event, KnownSection, KnownVenue } from './entities/index.js';
import { venueProjection } from './events/venue-projection.js';
import { migrations } from './migrations/index.js';
import { buildEventsSchema } from './schema.js';
import { EventCompletionJob } from './services/event-completion-job.js';
import { EventLifecycle } from './services/event-lifecycle.js';
import { loadEventsSettings } from './settings.js';

export const eventsSubgraph: SubgraphDefinition<EventsContext> = {
  name: 'events',
  defaultPort: 4002,
  entities: [Event, KnownVenue, KnownSection],
  migrations,
  buildSchema: buildEventsSchema,
  async wire({ logger, orm }) {
    const settings = loadEventsSettings();
    const lifecycle = new EventLifecycle(settings.VENUE_PROJECTION_WAIT_MS);
    const completion = new EventCompletionJob(orm, settings.EVENT_COMPLETION_INTERVAL_MS, logger.child({ component: 'completion' })).start();
    return {
      createContext: (base) => createEventsContext(base, lifecycle),
      jobs: [completion],
      projection: venueProjection,
    };
  },
};
