import { randomUUID } from 'node:crypto';
import {
  availability,
  checkout,
  errorCode,
  eventOnSale,
  holdSeats,
  loginAdmin,
  ok,
  registerUser,
  seatIdsOf,
  seatStates,
  tryCancelBooking,
  tryCheckout,
  tryReleaseHold,
  type EventFixture,
  type TestUser,
} from '../../../test/support/index.js';

let organizer: TestUser;
let customer: TestUser;
let rival: TestUser;
let event: EventFixture;
let seats: string[];

beforeAll(async () => {
  [organizer, customer, rival] = await Promise.all([registerUser('ORGANIZER'), registerUser(), registerUser()]);
});

beforeEach(async () => {
  // Stalls (10 seats) at 4500 cents, Balcony (4 seats) at 2000 cents.
  event = await eventOnSale(organizer, { prices: [4500, 2000], currency: 'EUR' });
  seats = seatIdsOf(event.venue);
});

const balcony = () => event.venue.sections[1]!.seats.map((seat) => seat.id);

describe('checkout', () => {
  it('turns a live hold into a PENDING_PAYMENT booking priced per section; seats stay held', async () => {
    const hold = await holdSeats(customer, event.id, [seats[0]!, balcony()[0]!]);
    const before = await availability(event.id);
    const startedAt = Date.now();

    const booking = await checkout(customer, hold.id);
    expect(booking).toMatchObject({
      status: 'PENDING_PAYMENT',
      totalCents: 6500,
      currency: 'EUR',
      event: { id: event.id },
      user: { id: customer.id },
      seats: [{ id: seats[0] }, { id: balcony()[0] }],
      tickets: [],
    });
    const windowMs = new Date(booking.paymentDueAt).getTime() - startedAt;
    expect(windowMs).toBeGreaterThan(1_000);

    const after = await availability(event.id);
    expect(after).toMatchObject({ available: before.available, held: before.held, sold: 0 });
    expect(after.version).toBeGreaterThan(before.version);
    expect((await seatStates(event.id)).get(seats[0]!)).toBe('HELD');
  });

  it('returns the same booking for the same key, and refuses to reuse a key for another hold', async () => {
    const hold = await holdSeats(customer, event.id, [seats[1]!]);
    const key = randomUUID();
    const first = await checkout(customer, hold.id, key);
    expect((await checkout(customer, hold.id, key)).id).toBe(first.id);

    const other = await holdSeats(customer, event.id, [seats[2]!]);
    expect(errorCode(await tryCheckout(customer, other.id, key))).toBe('CONFLICT');
    expect(errorCode(await tryCheckout(customer, hold.id))).toBe('INVALID_STATE');
  });

  it("is the hold owner's alone, and needs a live hold and a key", async () => {
    const hold = await holdSeats(customer, event.id, [seats[3]!]);
    expect(errorCode(await tryCheckout(undefined, hold.id))).toBe('UNAUTHENTICATED');
    expect(errorCode(await tryCheckout(rival, hold.id))).toBe('FORBIDDEN');
    expect(errorCode(await tryCheckout(await loginAdmin(), hold.id))).toBe('FORBIDDEN');
    expect(errorCode(await tryCheckout(customer, randomUUID()))).toBe('NOT_FOUND');
    const blank = await tryCheckout(customer, hold.id, '  ');
    expect(errorCode(blank)).toBe('BAD_USER_INPUT');
    expect(blank.errors![0]!.extensions!.fields).toEqual(['idempotencyKey']);

    ok(await tryReleaseHold(customer, hold.id));
    expect(errorCode(await tryCheckout(customer, hold.id))).toBe('INVALID_STATE');
  });
});

describe('cancelBooking of an unpaid booking', () => {
  it('releases the seats at once; only the owner or an admin may cancel; only open bookings', async () => {
    const hold = await holdSeats(customer, event.id, [seats[4]!, seats[5]!]);
    const booking = await checkout(customer, hold.id);
    expect(errorCode(await tryCancelBooking(rival, booking.id))).toBe('FORBIDDEN');
    expect(errorCode(await tryCancelBooking(organizer, booking.id))).toBe('FORBIDDEN');
    expect(errorCode(await tryCancelBooking(undefined, booking.id))).toBe('UNAUTHENTICATED');
    const before = await availability(event.id);

    const cancelled = ok(await tryCancelBooking(customer, booking.id)).cancelBooking;
    expect(cancelled).toMatchObject({ id: booking.id, status: 'CANCELLED', tickets: [] });
    const after = await availability(event.id);
    expect(after).toMatchObject({ available: before.available + 2, held: before.held - 2 });
    expect(after.version).toBeGreaterThan(before.version);
    expect(errorCode(await tryCancelBooking(customer, booking.id))).toBe('INVALID_STATE');
    expect(errorCode(await tryCancelBooking(customer, randomUUID()))).toBe('NOT_FOUND');

    const again = await checkout(customer, (await holdSeats(customer, event.id, [seats[4]!])).id);
    expect(ok(await tryCancelBooking(await loginAdmin(), again.id)).cancelBooking.status).toBe('CANCELLED');
  });
});
