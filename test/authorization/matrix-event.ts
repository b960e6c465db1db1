import { eventOnSale, nextSeats, seatedSection, type EventFixture } from '../support/index.js';
import type { Actors } from './matrix.js';

/**
 * An event on sale per matrix owner, shared by the rows of every domain: each row call that
 * holds, books or pays takes seats of it that no call used before (`nextSeats`), one at most.
 * After ten calls a new event takes over, so no caller reaches the seat cap per customer and
 * event (MAX_SEATS_PER_CUSTOMER).
 */
const CALLS_PER_EVENT = 10;
const eventsByOwner = new Map<string, { event: Promise<EventFixture>; calls: number }>();

export function ownersEvent(actors: Actors): Promise<EventFixture> {
  let current = eventsByOwner.get(actors.owner.id);
  if (!current || current.calls === CALLS_PER_EVENT) {
    current = { event: eventOnSale(actors.owner, { sections: [seatedSection('Matrix', ['A'], CALLS_PER_EVENT)] }), calls: 0 };
    eventsByOwner.set(actors.owner.id, current);
  }
  current.calls += 1;
  return current.event;
}

/** A seat of the owner's event that no row call was given yet. */
export async function freshSeat(actors: Actors): Promise<{ event: EventFixture; seatId: string }> {
  const event = await ownersEvent(actors);
  return { event, seatId: nextSeats(event)[0]! };
}
