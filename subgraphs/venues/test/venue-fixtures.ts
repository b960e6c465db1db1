import { randomUUID } from 'node:crypto';
import { gql, gqlOk, type GraphQLResponse, type TestUser } from '../../../test/support/client.js';

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

/** A unique token to tell this test's venues apart from everyone else's in the shared stack. */
export const uniqueToken = () => randomUUID().slice(0, 8);

/** A valid venue of 30 seats: Stalls (A: 12, B: 10) and Balcony (A: 8). */
export function venueInput(overrides: Partial<VenueInput> = {}): VenueInput {
  return {
    name: `Hall ${uniqueToken()}`,
    address: '1 Main Street',
    city: 'Springfield',
    sections: [
      { name: 'Stalls', rows: [{ label: 'A', seats: 12 }, { label: 'B', seats: 10 }] },
      { name: 'Balcony', rows: [{ label: 'A', seats: 8 }] },
    ],
    ...overrides,
  };
}

export function tryCreateVenue(caller: TestUser | undefined, input: VenueInput): Promise<GraphQLResponse<any>> {
  return gql(CREATE_VENUE, { input }, caller?.token);
}

export async function createVenue(manager: TestUser, overrides: Partial<VenueInput> = {}) {
  return (await gqlOk(CREATE_VENUE, { input: venueInput(overrides) }, manager.token)).createVenue;
}
