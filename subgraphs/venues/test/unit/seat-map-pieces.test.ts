import { SEAT_MAP_PIECE_SEATS } from '@boxoffice/platform';
import { Venue } from '../../src/entities/index.js';
import { seatMapPieces } from '../../src/messaging/outgoing.js';
import { buildSeatMap } from '../../src/services/seat-map.js';

describe('seatMapPieces', () => {
  it('splits each section into pieces of at most SEAT_MAP_PIECE_SEATS seats, positions counted across the venue', () => {
    const map = buildSeatMap('venue-1', [
      { name: 'Small', rows: [{ label: 'A', seats: 3 }] },
      { name: 'Big', rows: Array.from({ length: 25 }, (_, i) => ({ label: `R${i}`, seats: 100 })) },
    ]);
    const venue = Object.assign(new Venue(), { id: 'venue-1', capacity: map.capacity });
    const pieces = seatMapPieces(venue, map.sections, map.seats);

    expect(pieces.map((piece) => [piece.sectionId, piece.seats.length])).toEqual([
      [map.sections[0]!.id, 3],
      [map.sections[1]!.id, SEAT_MAP_PIECE_SEATS],
      [map.sections[1]!.id, SEAT_MAP_PIECE_SEATS],
      [map.sections[1]!.id, 500],
    ]);
    expect(pieces.every((piece) => piece.venueId === 'venue-1' && piece.seatCount === 2_503)).toBe(true);
    expect(pieces.flatMap((piece) => piece.seats.map((seat) => seat.position))).toEqual(Array.from({ length: 2_503 }, (_, i) => i));
    expect(pieces.flatMap((piece) => piece.seats.map((seat) => seat.id))).toEqual(map.seats.map((seat) => seat.id));
  });

  it('keeps a piece of the longest labels well below 1 MB', () => {
    const name = 'S'.repeat(60);
    const map = buildSeatMap('venue-2', [{ name, rows: Array.from({ length: 5 }, (_, i) => ({ label: `${i}`.padStart(8, 'R'), seats: 200 })) }]);
    const venue = Object.assign(new Venue(), { id: 'venue-2', capacity: map.capacity });
    const [piece] = seatMapPieces(venue, map.sections, map.seats);
    expect(JSON.stringify(piece).length).toBeLessThan(250_000);
  });
});
