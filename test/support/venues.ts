import { randomUUID } from 'node:crypto';
import { gql, gqlOk, type GraphQLResponse } from './client.js';
import type { TestUser } from './users.js';

/** Everything venues owns about a venue, down to its seats. */
export const VENUE_FIELDS = `id name address city capacity createdAt manager { id }
  sections { id name seatCount seats { id row number label } }`;

export const CREATE_VENUE = `mutation($input: CreateVenueInput!) { createVenue(input: $input) { ${VENUE_FIELDS} } }`;

export const UPDATE_VENUE = `mutation($id: ID!, $input: UpdateVenueInput!) { updateVenue(id: $id, input: $input) { ${VENUE_FIELDS} } }`;

export const VENUE = `query($id: ID!) { venue(id: $id) { ${VENUE_FIELDS} } }`;

export interface RowInput {
  label: string;
  seats: number;
}

export interface SectionInput {
  name: string;
  rows: RowInput[];
}

export interface VenueInput {
  name: string;
  address: string;
  city: string;
  sections: SectionInput[];
}

/** A venue as `createVenue` returns it (VENUE_FIELDS). */
export interface VenueFixture {
  id: string;
  name: string;
  address: string;
  city: string;
  capacity: number;
  createdAt: string;
  manager: { id: string };
  sections: Array<{ id: string; name: string; seatCount: number; seats: Array<{ id: string; row: string; number: number; label: string }> }>;
}

/** A unique token to tell this test's venues apart from everyone else's in the shared stack. */
export const uniqueToken = () => randomUUID().slice(0, 8);

/** A section of `rows` (their labels), each of `seatsPerRow` seats. */
export const seatedSection = (name: string, rows: string[], seatsPerRow: number): SectionInput => ({
  name,
  rows: rows.map((label) => ({ label, seats: seatsPerRow })),
});

/** Sections of one small row each. */
export const sectionsNamed = (...names: string[]): SectionInput[] => names.map((name) => seatedSection(name, ['A'], 2));

/** A valid venue of 14 seats: Stalls (rows A and B, 5 seats each) and Balcony (row A, 4 seats). */
export function venueInput(overrides: Partial<VenueInput> = {}): VenueInput {
  return {
    name: `Hall ${uniqueToken()}`,
    address: '1 Main Street',
    city: 'Springfield',
    sections: [seatedSection('Stalls', ['A', 'B'], 5), seatedSection('Balcony', ['A'], 4)],
    ...overrides,
  };
}

export function tryCreateVenue(caller: TestUser | undefined, input: VenueInput): Promise<GraphQLResponse<any>> {
  return gql(CREATE_VENUE, { input }, caller?.token);
}

/** A venue managed by `manager`: `venueInput(overrides)`. */
export async function createVenue(manager: TestUser, overrides: Partial<VenueInput> = {}): Promise<VenueFixture> {
  return (await gqlOk(CREATE_VENUE, { input: venueInput(overrides) }, manager.token)).createVenue;
}

export const seatIdsOf = (venue: Pick<VenueFixture, 'sections'>): string[] => venue.sections.flatMap((section) => section.seats.map((seat) => seat.id));
