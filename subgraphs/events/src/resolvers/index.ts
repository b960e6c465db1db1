import { resolveStub, type ReferenceResolvers } from '@boxoffice/platform';
import type { EventsContext } from '../context.js';
import type { Event } from '../entities/index.js';
import { EventMutationResolver } from './event-mutation.resolver.js';
import { EventResolver } from './event.resolver.js';
import { OrganizedEventsResolver } from './organized-events.resolver.js';
import { VenueEventsResolver } from './venue-events.resolver.js';

export const resolvers = [EventResolver, EventMutationResolver, VenueEventsResolver, OrganizedEventsResolver] as const;

/**
 * Federation: events are resolved by id through a DataLoader (N references, one query), with
 * the same draft visibility as `event(id)`. Venue and User are other subgraphs' entities that
 * events extends with a field, so a reference is all it needs.
 */
export const referenceResolvers: ReferenceResolvers = {
  Event: {
    __resolveReference: (reference: { id: string }, ctx: EventsContext): Promise<Event | null> => ctx.services.catalog.visible(ctx, reference.id),
  },
  Venue: { __resolveReference: resolveStub },
  User: { __resolveReference: resolveStub },
};
