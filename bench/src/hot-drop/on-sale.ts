import { randomUUID } from 'node:crypto';
import { must, post, until } from './graphql.js';

export interface Account {
  id: string;
  token: string;
}

export interface Venue {
  id: string;
  /** Seat ids row by row, each row in seat order. */
  rows: string[][];
}

export interface Layout {
  sections: number;
  rowsPerSection: number;
  seatsPerRow: number;
}

export const seatCount = (layout: Layout) => layout.sections * layout.rowsPerSection * layout.seatsPerRow;

/** Registers `count` accounts, `concurrency` at a time (scrypt makes this the slow part of set-up). */
export async function registerAccounts(gateway: string, count: number, role: 'CUSTOMER' | 'ORGANIZER', concurrency = 8): Promise<Account[]> {
  const accounts: Account[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        next += 1;
        const data = await must(gateway, `mutation($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }`, {
          input: { email: `${randomUUID()}@bench.test`, password: 'bench password 1', name: `${role.toLowerCase()} ${accounts.length}`, role },
        });
        accounts.push({ id: data.register.user.id, token: data.register.accessToken });
      }
    }),
  );
  return accounts;
}

export async function createVenue(gateway: string, organizer: Account, layout: Layout): Promise<Venue> {
  const rowLabels = Array.from({ length: layout.rowsPerSection }, (_, i) => `R${i + 1}`);
  const data = await must(
    gateway,
    `mutation($input: CreateVenueInput!) { createVenue(input: $input) { id sections { seats { id row } } } }`,
    {
      input: {
        name: `Bench arena ${randomUUID().slice(0, 8)}`,
        address: '1 Bench Street',
        city: 'Benchville',
        sections: Array.from({ length: layout.sections }, (_, s) => ({
          name: `Section ${s + 1}`,
          rows: rowLabels.map((label) => ({ label, seats: layout.seatsPerRow })),
        })),
      },
    },
    organizer.token,
  );
  const rows: string[][] = [];
  for (const section of data.createVenue.sections as Array<{ seats: Array<{ id: string; row: string }> }>) {
    const byRow = new Map<string, string[]>();
    for (const seat of section.seats) byRow.set(seat.row, [...(byRow.get(seat.row) ?? []), seat.id]);
    rows.push(...byRow.values());
  }
  return { id: data.createVenue.id, rows };
}

/** Creates and publishes an event at `venue`; resolves once bookings sells its seats. */
export async function publishEvent(gateway: string, organizer: Account, venueId: string, seats: number): Promise<string> {
  const { sections } = (await must(gateway, `query($id: ID!) { venue(id: $id) { sections { id } } }`, { id: venueId })).venue;
  const startsAt = Date.now() + 30 * 24 * 3600_000;
  const input = {
    title: `Hot drop ${randomUUID().slice(0, 8)}`,
    venueId,
    startsAt: new Date(startsAt).toISOString(),
    endsAt: new Date(startsAt + 3 * 3600_000).toISOString(),
    currency: 'EUR',
    prices: sections.map((section: { id: string }) => ({ sectionId: section.id, priceCents: 4500 })),
  };
  // On a busy machine the venue may take longer than events' own wait to arrive over Kafka.
  let createEvent: { id: string } | undefined;
  await until(async () => {
    const result = await post(gateway, `mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`, { input }, organizer.token);
    if (result.errors?.length && result.errors[0]!.extensions?.code !== 'NOT_FOUND') throw new Error(JSON.stringify(result.errors));
    createEvent = result.data?.createEvent ?? undefined;
    return createEvent !== undefined;
  }, 120_000, 'the venue to reach events');
  await must(gateway, `mutation($id: ID!) { publishEvent(id: $id) { id } }`, { id: createEvent!.id }, organizer.token);
  await until(async () => (await availability(gateway, createEvent!.id))?.total === seats, 600_000, 'the seat inventory');
  return createEvent!.id;
}

export interface Availability {
  total: number;
  available: number;
  held: number;
  sold: number;
}

/** The event's counts; null while bookings does not know it yet. */
export async function availability(gateway: string, eventId: string): Promise<Availability | null> {
  const result = await post(gateway, `query($id: ID!) { seatAvailability(eventId: $id) { total available held sold } }`, { id: eventId });
  return result.errors?.length ? null : result.data.seatAvailability;
}

/** What each customer asks for: 1 to 4 adjacent seats of a random row. */
export function pickSeats(venue: Venue, customers: number): string[][] {
  return Array.from({ length: customers }, () => {
    const row = venue.rows[Math.floor(Math.random() * venue.rows.length)]!;
    const count = 1 + Math.floor(Math.random() * 4);
    const start = Math.floor(Math.random() * (row.length - count + 1));
    return row.slice(start, start + count);
  });
}
