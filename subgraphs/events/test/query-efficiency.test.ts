import { randomUUID } from 'node:crypto';
import { createVenue, draftEvent, hoursFromNow, loginAdmin, registerUser, sectionsNamed, taggedEventsStatements, type TestUser, type VenueFixture } from '../../../test/support/index.js';

const SUBGRAPHS = ['events', 'venues', 'users'] as const;

/** The list: every event with its venue, sections, organizer and priced sections. */
const LIST = `query($filter: EventFilter) {
  events(filter: $filter, first: 50) {
    totalCount
    nodes { venue { name sections { name } } organizer { name } prices { section { name } } }
  }
}`;

/** Nested connections: each event's venue with its events, and its organizer's events. */
const NESTED = `query($filter: EventFilter) {
  events(filter: $filter, first: 50) {
    totalCount
    nodes {
      venue { events(first: 3) { totalCount nodes { title } } }
      organizer { organizedEvents(first: 3) { totalCount nodes { title } } }
    }
  }
}`;

let admin: TestUser;
let hosts: Array<[TestUser, VenueFixture]>;

/** `count` events tagged `tag`, spread round-robin over `among` (organizer, venue) pairs. */
async function createTagged(count: number, among: Array<[TestUser, VenueFixture]>): Promise<string> {
  const tag = randomUUID();
  for (let i = 0; i < count; i++) {
    const [organizer, venue] = among[i % among.length]!;
    await draftEvent(organizer, venue, { title: `Gala ${tag} #${i}`, startsAt: hoursFromNow(24 + i), endsAt: hoursFromNow(25 + i) });
  }
  return tag;
}

const statementsFor = (query: string, tag: string, count: number) => taggedEventsStatements(SUBGRAPHS, { query, tag, token: admin.token, count });

beforeAll(async () => {
  admin = await loginAdmin();
  const organizers = await Promise.all([registerUser('ORGANIZER'), registerUser('ORGANIZER')]);
  hosts = await Promise.all(
    [0, 1, 2, 3, 4].map(async (i): Promise<[TestUser, VenueFixture]> => {
      const organizer = organizers[i % 2]!;
      return [organizer, await createVenue(organizer, { sections: sectionsNamed('Stalls', 'Circle') })];
    }),
  );
});

it('runs as many SQL statements per subgraph for 50 events as for 5', async () => {
  const [five, fifty] = [await createTagged(5, hosts), await createTagged(50, hosts)];
  const small = await statementsFor(LIST, five, 5);
  const large = await statementsFor(LIST, fifty, 50);
  expect(large).toEqual(small);
  // A page and its count on events; batched entity lookups on the others.
  expect(small.events).toBeLessThanOrEqual(2);
});

it('loads Venue.events and User.organizedEvents for many venues and organizers in one query each', async () => {
  const [oneVenue, fiveVenues] = [await createTagged(5, hosts.slice(0, 1)), await createTagged(5, hosts)];
  const single = await statementsFor(NESTED, oneVenue, 5);
  const spread = await statementsFor(NESTED, fiveVenues, 5);
  expect(spread.events).toBe(single.events);
  expect(spread.events).toBeLessThanOrEqual(4);
});
