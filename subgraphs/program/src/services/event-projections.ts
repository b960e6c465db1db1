import type { EventFacts, RequestContext } from '@boxoffice/platform';
import { LockMode } from '@mikro-orm/core';
import { EventProjection } from '../entities/index.js';

/** The program's projection of events: organizer, status and times, from every events.event snapshot. */
export class EventProjections {
  async record({ em }: RequestContext, facts: EventFacts, occurredAt: string): Promise<void> {
    const snapshot = {
      organizerId: facts.organizerId,
      startsAt: new Date(facts.startsAt),
      endsAt: new Date(facts.endsAt),
      updatedAt: new Date(occurredAt),
    };
    // Locked: session changes in flight read the row FOR SHARE, and finish before a cancellation lands.
    const event = await em.findOne(EventProjection, facts.eventId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (event) {
      // Cancellation is final, whatever a late or replayed snapshot says.
      em.assign(event, { ...snapshot, status: event.status === 'CANCELLED' ? 'CANCELLED' : facts.status });
    } else {
      em.persist(em.create(EventProjection, { id: facts.eventId, ...snapshot, status: facts.status }));
    }
    await em.flush();
  }
}
