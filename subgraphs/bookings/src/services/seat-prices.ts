import { invalidState } from '@boxoffice/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventProjection } from '../entities/index.js';
import type { PricedSeat } from './promo-pricing.js';

/** The event's price of each seat, in the order of `seatIds` (seats of its venue). */
export async function pricedSeats(em: EntityManager, event: Pick<EventProjection, 'prices'>, seatIds: readonly string[]): Promise<PricedSeat[]> {
  const rows = await em.execute<Array<{ id: string; section_id: string }>>(`select "id", "section_id" from "venue_seat" where "id" in (?)`, [
    [...seatIds],
  ]);
  const sectionOf = new Map(rows.map((row) => [row.id, row.section_id]));
  const prices = new Map(event.prices.map((price) => [price.sectionId, price.priceCents]));
  return seatIds.map((seatId) => {
    const sectionId = sectionOf.get(seatId);
    const priceCents = sectionId === undefined ? undefined : prices.get(sectionId);
    if (sectionId === undefined || priceCents === undefined) throw invalidState(`Seat ${seatId} has no price for this event`);
    return { sectionId, priceCents };
  });
}
