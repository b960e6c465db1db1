import { eventOnSale, nextSeats, seatedSection, type EventFixture } from '../support/index.js';
import type { Actors } from './matrix.js';

/**
 * One event on sale per matrix owner, shared by the rows of every domain: each row call that
 * holds, books or pays takes seats of it that no call used before (`nextSeats`).
 */
const eventsByOwner = new Map<string, Promise<EventFixture>>();

export function ownersEvent(actors: Actors): Promise<EventFixture> {
  if (!eventsByOwner.has(actors.owner.id)) {
    eventsByOwner.set(actors.owner.id, eventOnSale(actors.owner, { sections: [seatedSection('Matrix', ['A', 'B', 'C', 'D', 'E'], 20)] }));
  }
  return eventsByOwner.get(actors.owner.id)!;
}

/** A seat of the owner's event that no row call was given yet. */
export async function freshSeat(actors: Actors): Promise<{ event: EventFixture; seatId: string }> {
  const event = await ownersEvent(actors);
  return { event, seatId: nextSeats(event)[0]! };
}
