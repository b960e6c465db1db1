import { SEAT_MAP_PIECE_SEATS, TOPICS, type OutgoingEvent, type VenueEventType, type VenueFacts, type VenueSeatsFacts } from '@boxoffice/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Section, type Seat, type Venue } from '../entities/index.js';

/** What VenueCreated and VenueUpdated carry: the venue and its sections in order, no seats. */
export function venueFacts(venue: Venue, sections: Section[]): VenueFacts {
  return {
    venueId: venue.id,
    name: venue.name,
    city: venue.city,
    managerId: venue.managerId,
    seatCount: venue.capacity,
    sections: sections.map(({ id, name, seatCount }) => ({ id, name, seatCount })),
  };
}

/**
 * The seat map as VenueSeatsAdded pieces: each section's seats in order, at most
 * SEAT_MAP_PIECE_SEATS a piece, positions counted across the whole venue.
 */
export function seatMapPieces(venue: Venue, sections: Section[], seats: Seat[]): VenueSeatsFacts[] {
  const offsets = new Map<string, number>();
  let offset = 0;
  for (const section of sections) {
    offsets.set(section.id, offset);
    offset += section.seatCount;
  }
  const bySection = new Map<string, Seat[]>();
  for (const seat of seats) {
    const ofSection = bySection.get(seat.sectionId);
    if (ofSection) ofSection.push(seat);
    else bySection.set(seat.sectionId, [seat]);
  }
  return sections.flatMap((section) => {
    const ofSection = bySection.get(section.id) ?? [];
    const pieces: VenueSeatsFacts[] = [];
    for (let start = 0; start < ofSection.length; start += SEAT_MAP_PIECE_SEATS) {
      pieces.push({
        venueId: venue.id,
        seatCount: venue.capacity,
        sectionId: section.id,
        seats: ofSection.slice(start, start + SEAT_MAP_PIECE_SEATS).map(({ id, row, number, label, position }) => ({
          id,
          row,
          number,
          label,
          position: offsets.get(section.id)! + position,
        })),
      });
    }
    return pieces;
  });
}

/** The venue's snapshot as it is now (one query: its sections). */
export async function loadVenueFacts(em: EntityManager, venue: Venue): Promise<VenueFacts> {
  return venueFacts(venue, await em.find(Section, { venueId: venue.id }, { orderBy: { position: 'asc' } }));
}

export const venueEvent = (type: VenueEventType, facts: VenueFacts | VenueSeatsFacts): OutgoingEvent => ({
  topic: TOPICS.venue,
  type,
  aggregateId: facts.venueId,
  payload: facts,
});
