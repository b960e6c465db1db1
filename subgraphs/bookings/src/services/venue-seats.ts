import type { RequestContext, VenueFacts } from '@boxoffice/platform';
import { LockMode } from '@mikro-orm/core';
import { EventProjection, VenueSeat } from '../entities/index.js';
import { stockInventory } from './inventory-stocking.js';

/** Bookings' projection of venues' seat maps. */
export class VenueSeats {
  /** Upserts the venue's seats, then stocks the events that waited for them. */
  async record({ em, correlationId }: RequestContext, facts: VenueFacts): Promise<void> {
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
    for (const event of waiting) await stockInventory(em, event, correlationId);
  }
}
