import type { RequestContext, VenueSeatsFacts } from '@boxoffice/platform';
import { LockMode } from '@mikro-orm/core';
import { EventProjection, VenueSeat } from '../entities/index.js';
import { stockInventory } from './inventory-stocking.js';

/** Bookings' projection of venues' seat maps, which arrive in pieces (VenueSeatsAdded). */
export class VenueSeats {
  /**
   * Stores one piece (the map never changes, so a redelivered piece changes nothing), then
   * stocks the events that waited for the venue; they are stocked only once every seat of the
   * venue is here (see createInventory).
   */
  async record({ em, ...origin }: RequestContext, facts: VenueSeatsFacts): Promise<void> {
    await em.execute(`insert into "venue_map" ("venue_id", "seat_count") values (?, ?) on conflict do nothing`, [facts.venueId, facts.seatCount], 'run');
    if (facts.seats.length > 0) {
      await em.upsertMany(
        VenueSeat,
        facts.seats.map(({ id, row, number, label, position }) => ({ id, row, number, label, position, sectionId: facts.sectionId, venueId: facts.venueId })),
        { onConflictFields: ['id'], onConflictAction: 'merge' },
      );
    }
    const waiting = await em.find(
      EventProjection,
      { venueId: facts.venueId, inventoryReady: false },
      { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' }, refresh: true },
    );
    for (const event of waiting) await stockInventory(em, event, origin);
  }
}
