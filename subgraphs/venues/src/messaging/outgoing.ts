import { TOPICS, type OutgoingEvent, type VenueEventType, type VenueFacts } from '@boxoffice/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Seat, Section, type Venue } from '../entities/index.js';

/** The snapshot every venues.venue event carries: the venue with all its sections and seats, in order. */
export function venueFacts(venue: Venue, sections: Section[], seats: Seat[]): VenueFacts {
  const seatsBySection = new Map<string, Seat[]>();
  for (const seat of seats) {
    const ofSection = seatsBySection.get(seat.sectionId);
    if (ofSection) ofSection.push(seat);
    else seatsBySection.set(seat.sectionId, [seat]);
  }
  return {
    venueId: venue.id,
    name: venue.name,
    city: venue.city,
    managerId: venue.managerId,
    sections: sections.map((section) => ({
      id: section.id,
      name: section.name,
      seats: (seatsBySection.get(section.id) ?? []).map(({ id, row, number, label }) => ({ id, row, number, label })),
    })),
  };
}

/** Reads the venue's seat map (two queries) and builds its snapshot. */
export async function loadVenueFacts(em: EntityManager, venue: Venue): Promise<VenueFacts> {
  const sections = await em.find(Section, { venueId: venue.id }, { orderBy: { position: 'asc' } });
  const seats = await em.find(Seat, { sectionId: { $in: sections.map((s) => s.id) } }, { orderBy: { sectionId: 'asc', position: 'asc' } });
  return venueFacts(venue, sections, seats);
}

export const venueEvent = (type: VenueEventType, facts: VenueFacts): OutgoingEvent => ({
  topic: TOPICS.venue,
  type,
  aggregateId: facts.venueId,
  payload: facts,
});
