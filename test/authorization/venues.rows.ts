import { createVenue, gql, tryCreateVenue, UPDATE_VENUE, VENUE, venueInput } from '../support/index.js';
import type { MatrixRow } from './matrix.js';

/** Venues are public to read; organizers and admins create them; only the manager or an admin changes one. */
export const rows: MatrixRow[] = [
  {
    operation: 'Query.venue',
    run: async (caller, { owner }) => gql(VENUE, { id: (await createVenue(owner)).id }, caller?.token),
    expected: { anonymous: 'ok', customer: 'ok', owner: 'ok', otherOrganizer: 'ok', admin: 'ok' },
  },
  {
    operation: 'Query.venues',
    run: async (caller, { owner }) => {
      const venue = await createVenue(owner);
      return gql(`query($search: String) { venues(filter: { search: $search }) { nodes { id } totalCount } }`, { search: venue.name }, caller?.token);
    },
    expected: { anonymous: 'ok', customer: 'ok', owner: 'ok', otherOrganizer: 'ok', admin: 'ok' },
    select: (data) => data.venues.nodes[0],
  },
  {
    operation: 'Mutation.createVenue',
    run: (caller) => tryCreateVenue(caller, venueInput()),
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'FORBIDDEN', owner: 'ok', otherOrganizer: 'ok', admin: 'ok' },
  },
  {
    operation: 'Mutation.updateVenue',
    run: async (caller, { owner }) => gql(UPDATE_VENUE, { id: (await createVenue(owner)).id, input: { name: 'Renamed Hall' } }, caller?.token),
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'FORBIDDEN', owner: 'ok', otherOrganizer: 'FORBIDDEN', admin: 'ok' },
  },
];
