import { AvailabilityEventTypes, recordEvents, TOPICS, type AvailabilityFacts } from '@boxoffice/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventProjection } from '../entities/index.js';

/**
 * Records a change of a locked event's seat states: a higher `version`, written in the same
 * transaction, and an AvailabilityChanged event in the outbox for the gateway's subscribers.
 */
export function touchAvailability(tx: EntityManager, event: EventProjection, correlationId: string | undefined): void {
  event.availabilityVersion += 1;
  const payload: AvailabilityFacts = { eventId: event.id, version: event.availabilityVersion };
  recordEvents(tx, correlationId, [
    { topic: TOPICS.availability, type: AvailabilityEventTypes.changed, aggregateId: event.id, payload },
  ]);
}
