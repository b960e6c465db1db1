import { availability, createVenue, eventually, gqlOk, holdSeats, publishedEvent, registerUser, seatedSection, seatIdsOf, seatStates } from '../../../test/support/index.js';

const SECTIONS = 50;
const ROWS = Array.from({ length: 100 }, (_, i) => `R${i + 1}`);
const SEATS_PER_ROW = 20;

describe('stadium scale', () => {
  it('a 100,000-seat venue reaches bookings in pieces; an event on it goes on sale once the whole map is there', async () => {
    const [organizer, customer] = await Promise.all([registerUser('ORGANIZER'), registerUser()]);
    const venue = await createVenue(organizer, { sections: Array.from({ length: SECTIONS }, (_, i) => seatedSection(`Block ${i + 1}`, ROWS, SEATS_PER_ROW)) });
    const seats = seatIdsOf(venue);
    expect(seats).toHaveLength(100_000);
    const prices = venue.sections.map((section) => ({ sectionId: section.id, priceCents: 4500 }));
    const event = await eventually(() => publishedEvent(organizer, venue, { prices }), 60_000, 500);

    const counts = await eventually(async () => {
      const data = await gqlOk(`query($id: ID!) { seatAvailability(eventId: $id) { total available held sold sections { total } } }`, { id: event.id });
      if (data.seatAvailability.total !== 100_000) throw new Error(`bookings knows ${data.seatAvailability.total} seats`);
      return data.seatAvailability;
    }, 120_000, 500);
    expect(counts).toMatchObject({ total: 100_000, available: 100_000, held: 0, sold: 0 });
    expect(counts.sections).toHaveLength(SECTIONS);
    expect(counts.sections.every((section: { total: number }) => section.total === ROWS.length * SEATS_PER_ROW)).toBe(true);

    const last = seats.slice(-2);
    await holdSeats(customer, event.id, last);
    expect(await availability(event.id)).toMatchObject({ total: 100_000, available: 99_998, held: 2, sold: 0 });
    const held = await seatStates(event.id, 'HELD');
    expect([...held.keys()].sort()).toEqual([...last].sort());
  }, 240_000);
});
