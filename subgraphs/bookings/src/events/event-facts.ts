import type { EventFacts, ReceivedEvent } from '@boxoffice/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { EventProjection } from '../entities/index.js';
import { lockEvent } from '../services/locks.js';
import { cancelEventBookings } from './event-cancellation.js';
import { stockInventory } from './inventory-stocking.js';

/**
 * Every events.event type carries the whole event: upsert it, stock its inventory when the
 * venue's seats are known, and run the cancellation cascade whenever it is CANCELLED (the
 * cascade finds nothing left to do on a replay).
 */
export async function applyEventFacts(message: ReceivedEvent, em: EntityManager): Promise<void> {
  const facts = message.payload as EventFacts;
  const snapshot = {
    venueId: facts.venueId,
    organizerId: facts.organizerId,
    title: facts.title,
    startsAt: new Date(facts.startsAt),
    endsAt: new Date(facts.endsAt),
    currency: facts.currency,
    prices: facts.prices.map(({ sectionId, priceCents }) => ({ sectionId, priceCents })),
    updatedAt: new Date(message.occurredAt),
  };
  let event = await lockEvent(em, facts.eventId);
  if (event) {
    // Cancellation is final, whatever a late or replayed snapshot says.
    em.assign(event, { ...snapshot, status: event.status === 'CANCELLED' ? 'CANCELLED' : facts.status });
  } else {
    event = em.create(EventProjection, { id: facts.eventId, ...snapshot, status: facts.status });
    await em.persist(event).flush();
  }
  await stockInventory(em, event, message.correlationId);
  if (event.status === 'CANCELLED') await cancelEventBookings(em, event, message.correlationId);
}
