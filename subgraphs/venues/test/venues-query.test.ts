import { randomUUID } from 'node:crypto';
import { createVenue, errorCode, gql, gqlOk, leastStatements, registerUser, sendAsGateway, stackUrls, uniqueToken, type TestUser } from '../../../test/support/index.js';

let organizer: TestUser;

beforeAll(async () => {
  organizer = await registerUser('ORGANIZER');
});

const VENUES = `query($filter: VenueFilter, $first: Int, $after: String) {
  venues(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id name city capacity }
  }
}`;

const venues = async (variables: Record<string, unknown>) => (await gqlOk(VENUES, variables)).venues;

const seatsOf = (count: number) => [{ name: 'Floor', rows: [{ label: 'A', seats: count }] }];

describe('venue(id)', () => {
  test('is public, and null for an unknown or malformed id', async () => {
    const created = await createVenue(organizer);
    expect((await gqlOk(`query($id: ID!) { venue(id: $id) { id name } }`, { id: created.id })).venue).toEqual({ id: created.id, name: created.name });
    expect((await gqlOk(`query($id: ID!) { venue(id: $id) { id } }`, { id: randomUUID() })).venue).toBeNull();
    expect((await gqlOk(`query($id: ID!) { venue(id: $id) { id } }`, { id: 'nope' })).venue).toBeNull();
  });
});

describe('venues(filter, first, after)', () => {
  const city = `Testville ${uniqueToken()}`;
  const token = uniqueToken();
  let created: Array<{ id: string; name: string; capacity: number }>;

  beforeAll(async () => {
    const specs = [
      { name: `Cedar ${token} Arena`, seats: 40 },
      { name: `Alder ${token} Club`, seats: 5 },
      { name: `Birch ${token} ARENA`, seats: 25 },
      { name: `Dogwood 100% ${token}`, seats: 10 },
    ];
    created = [];
    for (const spec of specs) created.push(await createVenue(organizer, { name: spec.name, city, sections: seatsOf(spec.seats) }));
  });

  const namesIn = (page: { nodes: Array<{ name: string }> }) => page.nodes.map((node) => node.name);

  test('city matches exactly, ignoring case, ordered by name', async () => {
    const page = await venues({ filter: { city: city.toUpperCase() } });
    expect(page.totalCount).toBe(4);
    expect(namesIn(page)).toEqual([`Alder ${token} Club`, `Birch ${token} ARENA`, `Cedar ${token} Arena`, `Dogwood 100% ${token}`]);
    expect((await venues({ filter: { city: city.slice(0, -1) } })).totalCount).toBe(0);
  });

  test('search is a case-insensitive substring of the name; LIKE wildcards match only themselves', async () => {
    const arenas = await venues({ filter: { search: `${token} arena` } });
    expect(namesIn(arenas)).toEqual([`Birch ${token} ARENA`, `Cedar ${token} Arena`]);
    expect(arenas.totalCount).toBe(2);
    expect(namesIn(await venues({ filter: { city, search: '%' } }))).toEqual([`Dogwood 100% ${token}`]);
    expect((await venues({ filter: { city, search: '_' } })).totalCount).toBe(0);
  });

  test('minCapacity keeps venues with at least that many seats', async () => {
    const page = await venues({ filter: { city, minCapacity: 25 } });
    expect(page.nodes.map((node: { capacity: number }) => node.capacity)).toEqual([25, 40]);
    expect(page.totalCount).toBe(2);
  });

  test('filters combine', async () => {
    const page = await venues({ filter: { city, search: 'ARENA', minCapacity: 30 } });
    expect(namesIn(page)).toEqual([`Cedar ${token} Arena`]);
  });

  test('cursor pagination walks every venue once, with totalCount on every page', async () => {
    const first = await venues({ filter: { city }, first: 3 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.totalCount).toBe(4);
    const second = await venues({ filter: { city }, first: 3, after: first.pageInfo.endCursor });
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(second.totalCount).toBe(4);
    expect([...namesIn(first), ...namesIn(second)]).toEqual(namesIn(await venues({ filter: { city } })));
    expect(new Set([...first.nodes, ...second.nodes].map((node: { id: string }) => node.id))).toEqual(new Set(created.map((venue) => venue.id)));
  });

  test('a bad cursor, page size or minCapacity is BAD_USER_INPUT', async () => {
    const badCursor = await gql(VENUES, { filter: { city }, after: 'not a cursor' });
    expect(errorCode(badCursor)).toBe('BAD_USER_INPUT');
    expect(badCursor.errors![0]!.extensions!.fields).toEqual(['after']);
    expect(errorCode(await gql(VENUES, { first: 101 }))).toBe('BAD_USER_INPUT');
    const negative = await gql(VENUES, { filter: { minCapacity: -1 } });
    expect(errorCode(negative)).toBe('BAD_USER_INPUT');
    expect(negative.errors![0]!.extensions!.fields).toEqual(['filter']);
  });
});

describe('batching', () => {
  const DEEP = `query($city: String) {
    venues(filter: { city: $city }, first: 50) {
      nodes { name manager { id } sections { name venue { name } seats { label section { name venue { city } } } } }
    }
  }`;

  // Sent to the venues subgraph as the gateway would (signed): by the gateway's cost model, 50
  // venues of up to 5,000 seats each are far more than one operation may ask for.
  async function statementsFor(city: string): Promise<number> {
    const { venues } = await leastStatements(['venues'], async (headers) => {
      const response = await sendAsGateway(`${stackUrls().subgraphs.venues}/graphql`, JSON.stringify({ query: DEEP, variables: { city } }), headers);
      expect(response.json?.errors).toBeUndefined();
    });
    return venues;
  }

  test('venues with sections and seats cost the same few SQL statements for 2 or 8 venues', async () => {
    const small = `Smallville ${uniqueToken()}`;
    const large = `Largeville ${uniqueToken()}`;
    const twoSections = [
      { name: 'Left', rows: [{ label: 'A', seats: 3 }] },
      { name: 'Right', rows: [{ label: 'A', seats: 2 }, { label: 'B', seats: 2 }] },
    ];
    for (let i = 0; i < 2; i += 1) await createVenue(organizer, { city: small, sections: twoSections });
    for (let i = 0; i < 8; i += 1) await createVenue(organizer, { city: large, sections: twoSections });
    const [forSmall, forLarge] = [await statementsFor(small), await statementsFor(large)];
    expect(forLarge).toBe(forSmall);
    // count + page + sections + seats + sections by id + venues by id
    expect(forLarge).toBeLessThanOrEqual(6);
  });
});
