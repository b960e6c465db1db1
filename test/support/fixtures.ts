import { eventually, gqlOk, type TestUser } from './client.js';

export interface VenueFixture {
  id: string;
  sections: Array<{ id: string; name: string; seats: Array<{ id: string; label: string }> }>;
}

/** A venue with the given sections (rows × seats each), created by `organizer`. */
export async function createVenue(
  organizer: TestUser,
  sections: Array<{ name: string; rows: string[]; seatsPerRow: number }> = [
    { name: 'Stalls', rows: ['A', 'B'], seatsPerRow: 5 },
    { name: 'Balcony', rows: ['A'], seatsPerRow: 4 },
  ],
): Promise<VenueFixture> {
  const data = await gqlOk(
    `mutation($input: CreateVenueInput!) {
      createVenue(input: $input) { id sections { id name seats { id label } } }
    }`,
    {
      input: {
        name: `Hall ${Math.random().toString(36).slice(2, 8)}`,
        address: '1 Test Street',
        city: 'Testville',
        sections: sections.map((s) => ({ name: s.name, rows: s.rows.map((label) => ({ label, seats: s.seatsPerRow })) })),
      },
    },
    organizer.token,
  );
  return data.createVenue;
}

export interface EventFixture {
  id: string;
  title: string;
  venue: VenueFixture;
}

/** A DRAFT event at `venue` (every section priced, starting in a week), or PUBLISHED with `publish`. */
export async function createEvent(
  organizer: TestUser,
  venue: VenueFixture,
  { publish = true, priceCents = 2500, title = `Show ${Math.random().toString(36).slice(2, 8)}` } = {},
): Promise<EventFixture> {
  const startsAt = new Date(Date.now() + 7 * 24 * 3600_000);
  const data = await gqlOk(
    `mutation($input: CreateEventInput!) { createEvent(input: $input) { id title } }`,
    {
      input: {
        title,
        venueId: venue.id,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 2 * 3600_000).toISOString(),
        currency: 'USD',
        prices: venue.sections.map((section) => ({ sectionId: section.id, priceCents })),
      },
    },
    organizer.token,
  );
  if (publish) await gqlOk(`mutation($id: ID!) { publishEvent(id: $id) { id } }`, { id: data.createEvent.id }, organizer.token);
  return { id: data.createEvent.id, title: data.createEvent.title, venue };
}

/** Waits until bookings has the event's seat inventory (it arrives over Kafka). */
export async function awaitSeatInventory(event: EventFixture): Promise<void> {
  const seats = event.venue.sections.reduce((sum, section) => sum + section.seats.length, 0);
  await eventually(async () => {
    const data = await gqlOk(`query($id: ID!) { seatAvailability(eventId: $id) { total } }`, { id: event.id });
    if (data.seatAvailability.total !== seats) throw new Error(`bookings knows ${data.seatAvailability.total} of ${seats} seats`);
  }, 20_000);
}

/** A published event whose seats bookings already knows. */
export async function publishedEventOnSale(organizer: TestUser): Promise<EventFixture> {
  const event = await createEvent(organizer, await createVenue(organizer));
  await awaitSeatInventory(event);
  return event;
}
