import { buildSeatMap, seatLabel } from '../../src/services/seat-map.js';

describe('building a seat map', () => {
  const map = buildSeatMap('venue-1', [
    { name: 'Stalls', rows: [{ label: 'A', seats: 3 }, { label: 'B', seats: 2 }] },
    { name: 'Balcony', rows: [{ label: 'A', seats: 1 }] },
  ]);

  it('lays out sections in order, each with its seat count', () => {
    expect(map.sections.map(({ name, position, seatCount, venueId }) => ({ name, position, seatCount, venueId }))).toEqual([
      { name: 'Stalls', position: 0, seatCount: 5, venueId: 'venue-1' },
      { name: 'Balcony', position: 1, seatCount: 1, venueId: 'venue-1' },
    ]);
    expect(map.capacity).toBe(6);
  });

  it('numbers each row from 1 and labels seats by section, row and number', () => {
    const stalls = map.seats.filter((seat) => seat.sectionId === map.sections[0]!.id);
    expect(stalls.map((seat) => [seat.row, seat.number, seat.position])).toEqual([
      ['A', 1, 0], ['A', 2, 1], ['A', 3, 2], ['B', 1, 3], ['B', 2, 4],
    ]);
    expect(stalls[3]!.label).toBe(seatLabel('Stalls', 'B', 1));
    expect(seatLabel('Stalls', 'B', 1)).toBe('Stalls B-1');
  });

  it('gives every section and seat its own id', () => {
    const ids = [...map.sections, ...map.seats].map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
