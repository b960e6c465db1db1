import type { ReceivedEvent, VenueFacts } from '@boxoffice/platform';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { EventProjection, VenueSeat } from '../entities/index.js';
import { stockInventory } from './inventory-stocking.js';

/** VenueCreated/VenueUpdated: upserts the venue's seats, then stocks the events that waited for them. */
export async function applyVenueFacts(message: ReceivedEvent, em: EntityManager): Promise<void> {
  const facts = message.payload as VenueFacts;
  const seats = facts.sections.flatMap((section) =>
    section.seats.map((seat) => ({ ...seat, sectionId: section.id, venueId: facts.venueId })),
  );
  if (seats.length === 0) return;
  await em.upsertMany(
    VenueSeat,
    seats.map((seat, position) => ({ ...seat, position })),
    { onConflictFields: ['id'], onConflictAction: 'merge' },
  );
  const waiting = await em.find(
    EventProjection,
    { venueId: facts.venueId, inventoryReady: false },
    { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' }, refresh: true },
  );
  for (const event of waiting) await stockInventory(em, event, message.correlationId);
}
