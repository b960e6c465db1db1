import { randomUUID } from 'node:crypto';
import { createVenue, eventually, registerUser, sendAsGateway, sqlStatements, stackUrls } from '../../../test/support/index.js';

/** What the gateway sends when another subgraph (events, bookings) references venues' entities. */
async function resolveEntities(representations: Array<{ __typename: string; id: string }>) {
  const response = await sendAsGateway(
    `${stackUrls().subgraphs.venues}/graphql`,
    JSON.stringify({
      query: `query($representations: [_Any!]!) { _entities(representations: $representations) {
        ... on Venue { id name } ... on Section { id name } ... on Seat { id label }
      } }`,
      variables: { representations },
    }),
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

  // Other test files share the stack; retry until no foreign statement lands inside a measurement.
  await eventually(async () => {
    const before = await sqlStatements('venues');
    const entities = await resolveEntities(representations);
    const statements = (await sqlStatements('venues')) - before;
    expect(entities).toEqual([
      { id: venue.id, name: venue.name },
      ...venue.sections.map((section: any) => ({ id: section.id, name: section.name })),
      ...seats.map((seat: any) => ({ id: seat.id, label: seat.label })),
      null,
    ]);
    expect(statements).toBe(3);
  });
});
