import { randomUUID } from 'node:crypto';
import { createVenue, leastStatements, registerUser, sendAsGateway, stackUrls } from '../../../test/support/index.js';

/** What the gateway sends when another subgraph (events, bookings) references venues' entities. */
async function resolveEntities(representations: Array<{ __typename: string; id: string }>, headers: Record<string, string>) {
  const response = await sendAsGateway(
    `${stackUrls().subgraphs.venues}/graphql`,
    JSON.stringify({
      query: `query($representations: [_Any!]!) { _entities(representations: $representations) {
        ... on Venue { id name } ... on Section { id name } ... on Seat { id label }
      } }`,
      variables: { representations },
    }),
    headers,
  );
  return (response.json as { data: { _entities: unknown[] } }).data._entities;
}

test('venues, sections and seats resolve by id, one query per type however many are referenced', async () => {
  const venue = await createVenue(await registerUser('ORGANIZER'));
  const seats = venue.sections.flatMap((section: any) => section.seats);
  const unknown = randomUUID();
  const representations = [
    { __typename: 'Venue', id: venue.id },
    ...venue.sections.map((section: any) => ({ __typename: 'Section', id: section.id })),
    ...seats.map((seat: any) => ({ __typename: 'Seat', id: seat.id })),
    { __typename: 'Seat', id: unknown },
  ];

  const { venues: statements } = await leastStatements(['venues'], async (headers) => {
    expect(await resolveEntities(representations, headers)).toEqual([
      { id: venue.id, name: venue.name },
      ...venue.sections.map((section: any) => ({ id: section.id, name: section.name })),
      ...seats.map((seat: any) => ({ id: seat.id, label: seat.label })),
      null,
    ]);
  });
  expect(statements).toBe(3);
});
