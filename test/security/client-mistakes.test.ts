import { createVenue, errorCode, gql, loginAdmin, registerUser, type GraphQLResponse, type TestUser } from '../support/index.js';

const cursor = (values: unknown) => Buffer.from(JSON.stringify(values)).toString('base64url');

function expectBadUserInput(result: GraphQLResponse<unknown>, field: string) {
  expect(errorCode(result)).toBe('BAD_USER_INPUT');
  expect(result.errors![0]!.extensions!.fields).toContain(field);
}

let organizer: TestUser;
beforeAll(async () => {
  organizer = await registerUser('ORGANIZER');
});

describe('NUL characters in strings are BAD_USER_INPUT, not server errors', () => {
  it.each([
    ['venue search', `query($s: String) { venues(filter: { search: $s }) { totalCount } }`, { s: 'a\u0000b' }, 'search'],
    ['venue city', `query($s: String) { venues(filter: { city: $s }) { totalCount } }`, { s: 'a\u0000b' }, 'city'],
    ['event search', `query($s: String) { events(filter: { search: $s }) { totalCount } }`, { s: '\u0000' }, 'search'],
    ['login email', `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, { i: { email: 'a\u0000@example.test', password: 'whatever1' } }, 'email'],
    ['registration name', `mutation($i: RegisterInput!) { register(input: $i) { accessToken } }`, { i: { email: 'nul@example.test', password: 'whatever1', name: 'A\u0000' } }, 'name'],
  ])('%s', async (_name, query, variables, field) => {
    expectBadUserInput(await gql(query, variables), field);
  });

  it('an idempotency key or ticket code, literal or variable', async () => {
    expectBadUserInput(await gql(`mutation { checkIn(ticketCode: "x\\u0000y") { id } }`, {}, organizer.token), 'ticketCode');
    expectBadUserInput(
      await gql(`mutation($k: String!) { checkout(holdId: "00000000-0000-4000-8000-000000000000", idempotencyKey: $k) { id } }`, { k: 'k\u0000' }, organizer.token),
      'idempotencyKey',
    );
  });
});

describe('well-formed junk cursors are BAD_USER_INPUT', () => {
  const junk = [cursor(['not a date', 'not a uuid']), cursor([1, 2, 3]), cursor({ a: 1 }), cursor([null, "'; drop table event; --"]), 'not-base64-json'];

  it.each(junk)('events(after: %s)', async (after) => {
    expectBadUserInput(await gql(`query($a: String) { events(after: $a) { totalCount } }`, { a: after }), 'after');
  });

  it('in every paged list', async () => {
    const admin = await loginAdmin();
    const after = cursor(['x', 'y']);
    expectBadUserInput(await gql(`query($a: String) { venues(after: $a) { totalCount } }`, { a: after }), 'after');
    expectBadUserInput(await gql(`query($a: String) { users(after: $a) { totalCount } }`, { a: after }, admin.token), 'after');
    expectBadUserInput(await gql(`query($a: String) { myBookings(after: $a) { totalCount } }`, { a: after }, organizer.token), 'after');
  });
});

describe('far-future DateTimes are BAD_USER_INPUT', () => {
  it('as a literal and as a variable', async () => {
    expect(errorCode(await gql(`{ events(filter: { startsAfter: "+275760-09-13T00:00:00Z" }) { totalCount } }`))).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql(`query($t: DateTime) { events(filter: { startsAfter: $t }) { totalCount } }`, { t: '+275760-09-13T00:00:00Z' }))).toBe('BAD_USER_INPUT');
  });
});

describe('prices that would overflow a booking total', () => {
  it('are refused when the event is created', async () => {
    const venue = await createVenue(organizer);
    const startsAt = new Date(Date.now() + 7 * 24 * 3600_000);
    const result = await gql(
      `mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`,
      {
        input: {
          title: 'Overflow',
          venueId: venue.id,
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 3600_000).toISOString(),
          prices: venue.sections.map((section) => ({ sectionId: section.id, priceCents: 2_147_483_647 })),
        },
      },
      organizer.token,
    );
    expectBadUserInput(result, 'prices');
  });
});
