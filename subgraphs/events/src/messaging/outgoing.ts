import { recordEvents, TOPICS, type EventEventType, type EventFacts, type FactOrigin } from '@boxoffice/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { EventStatus, type Event } from '../entities/index.js';

/** The event as it is now: every events.event message carries the whole snapshot. */
export function eventFacts(event: Event): EventFacts {
  return {
    eventId: event.id,
    venueId: event.venueId,
    organizerId: event.organizerId,
    title: event.title,
    status: event.status,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    currency: event.currency,
    prices: event.prices.map(({ sectionId, priceCents }) => ({ sectionId, priceCents })),
    ...(event.status === EventStatus.CANCELLED ? { cancellationReason: event.cancellationReason ?? null } : {}),
  };
}

/** Records `change` in the outbox; call inside the transaction that made the change. */
export function recordEventChange(em: EntityManager, origin: FactOrigin, change: EventEventType, event: Event): void {
  recordEvents(em, origin, [{ topic: TOPICS.event, type: change, aggregateId: event.id, payload: eventFacts(event) }]);
}
