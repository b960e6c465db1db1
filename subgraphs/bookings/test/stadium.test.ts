import { availability, createVenue, eventually, gqlOk, holdSeats, publishedEvent, queryDatabase, registerUser, seatedSection, seatIdsOf, seatStates } from '../../../test/support/index.js';

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

    // A claim's lookup of free seats (seat-claim.ts) finds the seats it names, not every AVAILABLE seat of the event.
    const wanted = seats.slice(0, 3);
    const [{ 'QUERY PLAN': [plan] }] = await queryDatabase('bookings', `explain (analyze, format json)
      select "seat_id" from "seat_inventory" where "event_id" = $1 and "seat_id" = any($2::uuid[]) and "state" = 'AVAILABLE'
      order by "seat_id" for update skip locked`, [event.id, wanted]);
    expect(rowsRead(plan.Plan)).toBeLessThanOrEqual(wanted.length);
  }, 240_000);
});

interface PlanNode {
  'Actual Rows': number;
  'Rows Removed by Filter'?: number;
  Plans?: PlanNode[];
}

/** Rows the plan's leaves read: what they returned plus what their filters threw away. */
function rowsRead(node: PlanNode): number {
  if (!node.Plans?.length) return node['Actual Rows'] + (node['Rows Removed by Filter'] ?? 0);
  return node.Plans.reduce((sum, child) => sum + rowsRead(child), 0);
}
