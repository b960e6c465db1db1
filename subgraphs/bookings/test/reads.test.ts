import { randomUUID } from 'node:crypto';
import {
  checkout,
  confirmedBooking,
  errorCode,
  eventOnSale,
  gql,
  holdSeats,
  loginAdmin,
  ok,
  registerUser,
  seatIdsOf,
  leastStatements,
  tryBooking,
  tryCancelBooking,
  type EventFixture,
  type TestUser,
} from '../../../test/support/index.js';

let organizer: TestUser;
let otherOrganizer: TestUser;
let customer: TestUser;
let rival: TestUser;
let admin: TestUser;
let event: EventFixture;
let bookings: Array<{ id: string; status: string }>;

beforeAll(async () => {
  [organizer, otherOrganizer, customer, rival, admin] = await Promise.all([
    registerUser('ORGANIZER'),
    registerUser('ORGANIZER'),
    registerUser(),
    registerUser(),
    loginAdmin(),
  ]);
  event = await eventOnSale(organizer);
  const seats = seatIdsOf(event.venue);
  // Paid or cancelled bookings: unpaid ones would expire while the tests run (short window in tests).
  const cancelled = await checkout(customer, (await holdSeats(customer, event.id, [seats[0]!])).id);
  ok(await tryCancelBooking(customer, cancelled.id));
  bookings = [
    cancelled,
    await confirmedBooking(customer, event.id, [seats[1]!]),
    await confirmedBooking(customer, event.id, [seats[2]!]),
    await confirmedBooking(rival, event.id, [seats[3]!]),
  ];
});

describe('booking(id)', () => {
  it("shows a booking to its owner, the event's organizer and admins only", async () => {
    const id = bookings[1]!.id;
    for (const reader of [customer, organizer, admin]) {
      expect(ok(await tryBooking(reader, id)).booking).toMatchObject({ id, user: { id: customer.id }, event: { id: event.id } });
    }
    expect(errorCode(await tryBooking(rival, id))).toBe('FORBIDDEN');
    expect(errorCode(await tryBooking(otherOrganizer, id))).toBe('FORBIDDEN');
    expect(errorCode(await tryBooking(undefined, id))).toBe('UNAUTHENTICATED');
    expect(ok(await tryBooking(customer, randomUUID())).booking).toBeNull();
    expect(ok(await tryBooking(customer, 'not-an-id')).booking).toBeNull();
  });
});

describe('lists of bookings', () => {
  it('myBookings pages newest first and filters by status', async () => {
    const page = `query($after: String, $status: BookingStatus) {
      myBookings(first: 2, after: $after, status: $status) { totalCount pageInfo { hasNextPage endCursor } nodes { id status } }
    }`;
    const first = ok(await gql(page, {}, customer.token)).myBookings;
    expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    expect(first.nodes.map((b: { id: string }) => b.id)).toEqual([bookings[2]!.id, bookings[1]!.id]);
    const second = ok(await gql(page, { after: first.pageInfo.endCursor }, customer.token)).myBookings;
    expect(second).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false }, nodes: [{ id: bookings[0]!.id, status: 'CANCELLED' }] });

    const cancelled = ok(await gql(page, { status: 'CANCELLED' }, customer.token)).myBookings;
    expect(cancelled).toMatchObject({ totalCount: 1, nodes: [{ id: bookings[0]!.id }] });
    expect(errorCode(await gql(page, {}))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gql(page, { after: 'garbage' }, customer.token))).toBe('BAD_USER_INPUT');
  });

  it("Event.bookings is for the event's organizer and admins", async () => {
    const query = `query($id: ID!, $status: BookingStatus) { event(id: $id) { bookings(status: $status) { totalCount nodes { id user { id } } } } }`;
    for (const reader of [organizer, admin]) {
      expect(ok(await gql(query, { id: event.id }, reader.token)).event.bookings.totalCount).toBe(4);
      const paid = ok(await gql(query, { id: event.id, status: 'CONFIRMED' }, reader.token)).event.bookings;
      expect(paid.totalCount).toBe(3);
    }
    expect(errorCode(await gql(query, { id: event.id }, customer.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(query, { id: event.id }, otherOrganizer.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(query, { id: event.id }))).toBe('UNAUTHENTICATED');
  });

  it('User.bookings is for the user themself and admins', async () => {
    const mine = ok(await gql(`{ me { bookings(first: 10) { totalCount nodes { id } } } }`, {}, rival.token)).me.bookings;
    expect(mine).toEqual({ totalCount: 1, nodes: [{ id: bookings[3]!.id }] });

    const viaBooking = `query($id: ID!) { booking(id: $id) { user { id bookings { totalCount } } } }`;
    expect(ok(await gql(viaBooking, { id: bookings[3]!.id }, admin.token)).booking.user.bookings.totalCount).toBe(1);
    expect(errorCode(await gql(viaBooking, { id: bookings[3]!.id }, organizer.token))).toBe('FORBIDDEN');
  });
});

describe('seat availability', () => {
  it('is the same through Event.seatAvailability, with sections and per-seat states', async () => {
    const query = `query($id: ID!) {
      seatAvailability(eventId: $id) { total available held sold version event { id title } sections { section { id } total held } seats { seat { id } state } }
      event(id: $id) { seatAvailability { total available held sold version } }
    }`;
    const data = ok(await gql(query, { id: event.id }));
    const { seats, sections, event: owner, ...counts } = data.seatAvailability;
    expect(data.event.seatAvailability).toEqual(counts);
    expect(owner).toEqual({ id: event.id, title: event.title });
    expect(counts).toMatchObject({ total: 14, held: 0, available: 11, sold: 3 });
    expect(sections.map((s: { section: { id: string } }) => s.section.id)).toEqual(event.venue.sections.map((s) => s.id));
    expect(seats.map((s: { seat: { id: string } }) => s.seat.id)).toEqual(seatIdsOf(event.venue));

    const unknown = await gql(`query($id: ID!) { seatAvailability(eventId: $id) { total } }`, { id: randomUUID() });
    expect(errorCode(unknown)).toBe('NOT_FOUND');
  });
});

describe('batching', () => {
  it('reads bookings with tickets, events and availability in a fixed number of statements', async () => {
    const query = `query($first: Int) {
      myBookings(first: $first) {
        nodes { id status seats { id } tickets { id code seat { id } booking { id status } } event { seatAvailability { total seats { state } } } }
      }
    }`;
    const statementsFor = async (first: number) =>
      (
        await leastStatements(['bookings'], async (headers) => {
          expect(ok(await gql(query, { first }, customer.token, headers)).myBookings.nodes).toHaveLength(first);
        })
      ).bookings;
    expect(await statementsFor(3)).toBe(await statementsFor(1));
  });
});
