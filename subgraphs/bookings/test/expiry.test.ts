import {
  availability,
  awaitBookingStatus,
  awaitPushedStatus,
  checkout,
  errorCode,
  eventOnSale,
  eventually,
  holdSeats,
  ok,
  registerUser,
  seatIdsOf,
  seatStates,
  subscribe,
  tryCancelBooking,
  tryCheckout,
  tryReleaseHold,
  wsClient,
  type EventFixture,
  type TestUser,
} from '../../../test/support/index.js';

// The test stack runs with short HOLD_TTL_SECONDS and PAYMENT_WINDOW_SECONDS (see test/support/global-setup.ts).

let customer: TestUser;
let event: EventFixture;
let seats: string[];

beforeAll(async () => {
  const organizer = await registerUser('ORGANIZER');
  customer = await registerUser();
  event = await eventOnSale(organizer);
  seats = seatIdsOf(event.venue);
});

describe('expiry', () => {
  it('releases a hold past its expiresAt; checking it out then is HOLD_EXPIRED', async () => {
    const hold = await holdSeats(customer, event.id, [seats[0]!, seats[1]!]);
    const held = await availability(event.id);

    const released = await eventually(async () => {
      const now = await availability(event.id);
      if (now.held !== held.held - 2) throw new Error('hold not released yet');
      return now;
    }, 30_000);
    expect(Date.now()).toBeGreaterThanOrEqual(new Date(hold.expiresAt).getTime());
    expect(released.version).toBeGreaterThan(held.version);
    expect((await seatStates(event.id)).get(seats[0]!)).toBe('AVAILABLE');

    expect(errorCode(await tryCheckout(customer, hold.id))).toBe('HOLD_EXPIRED');
    expect(ok(await tryReleaseHold(customer, hold.id)).releaseHold).toBe(false);
  });

  it('expires a booking left unpaid past paymentDueAt, releases its seats and pushes the change', async () => {
    const booking = await checkout(customer, (await holdSeats(customer, event.id, [seats[2]!])).id);
    const client = wsClient(customer.token);
    const pushes = subscribe(client, `subscription($id: ID!) { bookingUpdated(id: $id) { id status } }`, { id: booking.id });
    try {
      const expired = await awaitBookingStatus(customer, booking.id, 'EXPIRED', 40_000);
      expect(Date.now()).toBeGreaterThanOrEqual(new Date(booking.paymentDueAt).getTime());
      expect(expired.tickets).toEqual([]);
      expect((await seatStates(event.id)).get(seats[2]!)).toBe('AVAILABLE');
      expect(errorCode(await tryCancelBooking(customer, booking.id))).toBe('INVALID_STATE');
      await awaitPushedStatus(pushes, 'EXPIRED');
    } finally {
      pushes.close();
      await client.dispose();
    }
  });
});
