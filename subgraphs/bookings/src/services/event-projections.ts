import type { EventFacts, RequestContext } from '@boxoffice/platform';
import { EventProjection } from '../entities/index.js';
import { cancelEventBookings } from './event-cancellation.js';
import { stockInventory } from './inventory-stocking.js';
import { lockEvent } from './locks.js';

export interface EventSnapshot {
  facts: EventFacts;
  /** When the events subgraph made the change. */
  occurredAt: string;
}

/** Bookings' projection of events, and what follows from an event's changes. */
export class EventProjections {
  /**
   * Upserts the event, stocks its inventory when the venue's seats are known, and runs the
   * cancellation cascade whenever it is CANCELLED (the cascade finds nothing left to do on a
   * replay). Call in the transaction that records the fact.
   */
  async record({ em, ...origin }: RequestContext, { facts, occurredAt }: EventSnapshot): Promise<void> {
    const snapshot = {
      venueId: facts.venueId,
      organizerId: facts.organizerId,
      title: facts.title,
      startsAt: new Date(facts.startsAt),
      endsAt: new Date(facts.endsAt),
      currency: facts.currency,
      prices: facts.prices.map(({ sectionId, priceCents }) => ({ sectionId, priceCents })),
      updatedAt: new Date(occurredAt),
    };
    let event = await lockEvent(em, facts.eventId);
    if (event) {
      // Cancellation is final, whatever a late or replayed snapshot says.
      em.assign(event, { ...snapshot, status: event.status === 'CANCELLED' ? 'CANCELLED' : facts.status });
    } else {
      event = em.create(EventProjection, { id: facts.eventId, ...snapshot, status: facts.status });
      await em.persist(event).flush();
    }
    await stockInventory(em, event, origin);
    if (event.status === 'CANCELLED') await cancelEventBookings(em, event, origin);
  }
}
