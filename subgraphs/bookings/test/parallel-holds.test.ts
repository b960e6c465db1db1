import {
  availability,
  awaitBookingStatus,
  checkout,
  connectDatabase,
  errorCode,
  eventOnSale,
  eventually,
  gql,
  holdSeats,
  ok,
  pay,
  queryDatabase,
  registerUser,
  seatedSection,
  seatIdsOf,
  tryHoldSeats,
  tryReleaseHold,
  type GraphQLResponse,
  type TestUser,
} from '../../../test/support/index.js';

/** Each customer calls from an address of their own, as real clients would (the gateway limits per address). */
const holdFrom = (customer: TestUser, address: number, eventId: string, seatIds: string[]) =>
  gql(
    `mutation($e: ID!, $s: [ID!]!) { holdSeats(eventId: $e, seatIds: $s) { id seats { id } } }`,
    { e: eventId, s: seatIds },
    customer.token,
    { 'x-forwarded-for': `127.0.2.${address}` },
  );

const heldSeats = (results: GraphQLResponse<any>[]) =>
  results.filter((result) => !result.errors).flatMap((result) => result.data.holdSeats.seats.map((seat: { id: string }) => seat.id));

let organizer: TestUser;
/** Shared by the tests: the seat cap counts per event, and every test has events of its own. */
let customers: TestUser[];

beforeAll(async () => {
  [organizer, ...customers] = await Promise.all([registerUser('ORGANIZER'), ...Array.from({ length: 50 }, () => registerUser())]);
}, 120_000);

describe('holds in parallel', () => {
  it('overlapping multi-seat holds in opposite orders never deadlock: one wins each block, the other gets SEAT_UNAVAILABLE', async () => {
    const event = await eventOnSale(organizer, { sections: [seatedSection('Floor', ['A', 'B', 'C', 'D', 'E'], 8)] });
    const seats = seatIdsOf(event.venue);
    // Ten blocks of four seats; two customers race for each block, one asking in reverse order,
    // and a third asks for the middle two seats of the block and the first of the next.
    const attempts = Array.from({ length: 10 }, (_, block) => {
      const mine = seats.slice(block * 4, block * 4 + 4);
      const straddle = [mine[2]!, mine[1]!, seats[((block + 1) % 10) * 4]!];
      return [mine, [...mine].reverse(), straddle];
    }).flat();

    for (let round = 0; round < 3; round += 1) {
      const results = await Promise.all(attempts.map((seatIds, i) => holdFrom(customers[i % 20]!, i % 20, event.id, seatIds)));
      for (const result of results.filter((r) => r.errors)) expect(errorCode(result)).toBe('SEAT_UNAVAILABLE');
      const held = heldSeats(results);
      expect(new Set(held).size).toBe(held.length);
      expect(held.length).toBeGreaterThan(0);
      const counts = await availability(event.id);
      expect(counts).toMatchObject({ total: 40, held: held.length, available: 40 - held.length });
      await Promise.all(results.map((r, i) => (r.errors ? undefined : tryReleaseHold(customers[i % 20]!, r.data.holdSeats.id))));
    }
  });

  it('caps a customer at 10 seats of one event across live holds and unpaid bookings, also when their holds race', async () => {
    const [customer, other] = customers as [TestUser, TestUser];
    const event = await eventOnSale(organizer, { sections: [seatedSection('Floor', ['A', 'B', 'C', 'D'], 10)] });
    const seats = seatIdsOf(event.venue);

    // Six parallel holds of three seats each: at most three fit under the cap.
    const racing = await Promise.all(Array.from({ length: 6 }, (_, i) => tryHoldSeats(customer, event.id, seats.slice(i * 3, i * 3 + 3))));
    const won = racing.filter((result) => !result.errors);
    expect(won).toHaveLength(3);
    for (const refused of racing.filter((result) => result.errors)) {
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors![0]!.extensions!.fields).toEqual(['seatIds']);
      expect(refused.errors![0]!.message).toMatch(/more than 10 seats of this event/);
    }
    expect((await availability(event.id)).held).toBe(9);

    // An unpaid booking still counts; another customer is not affected.
    const booking = await checkout(customer, won[0]!.data.holdSeats.id);
    expect(errorCode(await tryHoldSeats(customer, event.id, seats.slice(20, 22)))).toBe('BAD_USER_INPUT');
    await holdSeats(other, event.id, seats.slice(30, 40));
    const oneMore = await holdSeats(customer, event.id, [seats[18]!]);
    expect(oneMore.seats).toHaveLength(1);

    // Releasing a hold gives its seats back to the customer's allowance; paid seats stop counting.
    ok(await tryReleaseHold(customer, won[1]!.data.holdSeats.id));
    await holdSeats(customer, event.id, [seats[19]!]);
    ok(await pay(customer, booking.id));
    await awaitBookingStatus(customer, booking.id, 'CONFIRMED');
    // 3 held + 2 single seats; the 3 paid ones no longer count, so 5 more fit.
    expect((await holdSeats(customer, event.id, seats.slice(20, 25))).seats).toHaveLength(5);
  });

  it('a hold of a taken seat is refused without waiting for any lock; a hold of free seats waits for a cancellation in progress', async () => {
    const event = await eventOnSale(organizer, { sections: [seatedSection('Floor', ['A'], 4)] });
    const [taken, free] = seatIdsOf(event.venue);
    ok(await holdFrom(customers[0]!, 0, event.id, [taken!]));
    // The event's row locked as the cancellation cascade locks it (services/event-cancellation.ts).
    const cancellation = await connectDatabase('bookings');
    try {
      await cancellation.query('begin');
      await cancellation.query(`select 1 from "event_projection" where "id" = $1 for update`, [event.id]);
      const { pid } = (await cancellation.query('select pg_backend_pid() as "pid"')).rows[0];
      // Would never answer while the lock is held if a refusal queued for it.
      expect(errorCode(await holdFrom(customers[1]!, 1, event.id, [taken!, free!]))).toBe('SEAT_UNAVAILABLE');
      const waiting = holdFrom(customers[2]!, 2, event.id, [free!]);
      await eventually(async () => {
        const [{ blocked }] = await queryDatabase('bookings', `select count(*)::int as "blocked" from pg_stat_activity where $1 = any(pg_blocking_pids(pid))`, [pid]);
        expect(blocked).toBe(1);
      });
      await cancellation.query('rollback');
      expect(ok(await waiting).holdSeats.seats).toEqual([{ id: free }]);
    } finally {
      await cancellation.end();
    }
  });

  it('cancelEvent racing a storm of holds leaves no live hold or booking on the cancelled event', async () => {
    // Four holds of at most two seats each per customer: the seat cap stays out of play.
    const event = await eventOnSale(organizer, { sections: [seatedSection('Floor', ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'], 25)] });
    const seats = seatIdsOf(event.venue);

    const storm = Array.from({ length: 200 }, (_, i) => {
      const start = (i * 7) % (seats.length - 2);
      return holdFrom(customers[i % 50]!, i % 50, event.id, seats.slice(start, start + 1 + (i % 2)));
    });
    const cancelled = new Promise((resolve) => setTimeout(resolve, 30)).then(() =>
      gql(`mutation($id: ID!) { cancelEvent(id: $id, reason: "Venue flooded") { status } }`, { id: event.id }, organizer.token),
    );
    const results = await Promise.all(storm);
    expect(ok(await cancelled).cancelEvent.status).toBe('CANCELLED');
    for (const result of results.filter((r) => r.errors)) expect(['SEAT_UNAVAILABLE', 'INVALID_STATE']).toContain(errorCode(result));

    // Once bookings shows the event CANCELLED, its cascade has committed: from then on nothing
    // may be open on it, whatever holds were in flight (expiry cannot have done this yet).
    await eventually(async () => {
      const [projection] = await queryDatabase('bookings', `select "status" from "event_projection" where "id" = $1`, [event.id]);
      expect(projection.status).toBe('CANCELLED');
    }, 15_000);
    const open = await queryDatabase(
      'bookings',
      `select (select count(*) from "seat_hold" where "event_id" = $1 and "status" = 'ACTIVE')::int as "holds",
         (select count(*) from "booking" where "event_id" = $1 and "status" in ('PENDING_PAYMENT', 'CONFIRMED'))::int as "bookings",
         (select count(*) from "seat_inventory" where "event_id" = $1 and "state" <> 'AVAILABLE')::int as "seats"`,
      [event.id],
    );
    expect(open).toEqual([{ holds: 0, bookings: 0, seats: 0 }]);
    expect(await availability(event.id)).toMatchObject({ total: 200, available: 200, held: 0, sold: 0 });
    expect(errorCode(await tryHoldSeats(customers[0]!, event.id, [seats[0]!]))).toBe('INVALID_STATE');
    // Nothing open was left, so nothing changes afterwards.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await availability(event.id)).toMatchObject({ available: 200, held: 0, sold: 0 });
  });
});
