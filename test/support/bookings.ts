import { randomUUID } from 'node:crypto';
import { gql, ok } from './client.js';
import { eventually } from './eventually.js';
import type { EventFixture } from './events.js';
import type { Subscription } from './subscriptions.js';
import type { TestUser } from './users.js';
import { seatIdsOf } from './venues.js';

/** The bookings operations as a client app calls them through the gateway. */

export const HOLD_FIELDS = 'id expiresAt event { id } user { id } seats { id }';
export const TICKET_FIELDS = 'id code qrSvg checkedInAt seat { id label } booking { id }';
export const BOOKING_FIELDS = `id status totalCents currency paymentDueAt createdAt updatedAt
  event { id } user { id } seats { id } tickets { ${TICKET_FIELDS} }`;
export const AVAILABILITY_FIELDS = 'total available held sold version sections { section { id } total available held sold }';

export const tryHoldSeats = (caller: TestUser | undefined, eventId: string, seatIds: string[]) =>
  gql(`mutation($e: ID!, $s: [ID!]!) { holdSeats(eventId: $e, seatIds: $s) { ${HOLD_FIELDS} } }`, { e: eventId, s: seatIds }, caller?.token);

export async function holdSeats(caller: TestUser, eventId: string, seatIds: string[]) {
  return ok(await tryHoldSeats(caller, eventId, seatIds)).holdSeats;
}

export const tryReleaseHold = (caller: TestUser | undefined, holdId: string) =>
  gql(`mutation($h: ID!) { releaseHold(holdId: $h) }`, { h: holdId }, caller?.token);

export const tryCheckout = (caller: TestUser | undefined, holdId: string, key: string = randomUUID()) =>
  gql(`mutation($h: ID!, $k: String!) { checkout(holdId: $h, idempotencyKey: $k) { ${BOOKING_FIELDS} } }`, { h: holdId, k: key }, caller?.token);

export async function checkout(caller: TestUser, holdId: string, key?: string) {
  return ok(await tryCheckout(caller, holdId, key)).checkout;
}

export const tryCancelBooking = (caller: TestUser | undefined, id: string) =>
  gql(`mutation($id: ID!) { cancelBooking(id: $id) { ${BOOKING_FIELDS} } }`, { id }, caller?.token);

export const tryCheckIn = (caller: TestUser | undefined, code: string) =>
  gql(`mutation($c: String!) { checkIn(ticketCode: $c) { ${TICKET_FIELDS} } }`, { c: code }, caller?.token);

export const tryBooking = (caller: TestUser | undefined, id: string, fields = BOOKING_FIELDS) =>
  gql(`query($id: ID!) { booking(id: $id) { ${fields} } }`, { id }, caller?.token);

export async function bookingOf(caller: TestUser, id: string, fields = BOOKING_FIELDS) {
  return ok(await tryBooking(caller, id, fields)).booking;
}

/** Waits for a change that arrives over Kafka (payment, refund, expiry, event cancellation). */
export function awaitBookingStatus(caller: TestUser, id: string, status: string, timeoutMs = 15_000) {
  return eventually(async () => {
    const booking = await bookingOf(caller, id);
    if (booking.status !== status) throw new Error(`booking ${id} is ${booking.status}, waiting for ${status}`);
    return booking;
  }, timeoutMs);
}

/** Reads `bookingUpdated` pushes until one shows `status`; fails if none does in time. */
export async function awaitPushedStatus(pushes: Subscription<any>, status: string): Promise<void> {
  for (;;) {
    const pushed = await pushes.next(10_000);
    if (pushed.errors?.length) throw new Error(`subscription error: ${JSON.stringify(pushed.errors)}`);
    if (pushed.data?.bookingUpdated.status === status) return;
  }
}

export async function availability(eventId: string) {
  return ok(await gql(`query($id: ID!) { seatAvailability(eventId: $id) { ${AVAILABILITY_FIELDS} } }`, { id: eventId })).seatAvailability;
}

/** Seat id → state, from `seats(state:)`. */
export async function seatStates(eventId: string, state?: string): Promise<Map<string, string>> {
  const data = ok(
    await gql(`query($id: ID!, $state: SeatState) { seatAvailability(eventId: $id) { seats(state: $state) { seat { id } state } } }`, {
      id: eventId,
      state,
    }),
  );
  return new Map(data.seatAvailability.seats.map((s: { seat: { id: string }; state: string }) => [s.seat.id, s.state]));
}

/** Seats handed out so far per event, so that every caller of `nextSeats` gets fresh ones. */
const seatsTaken = new Map<string, number>();

/** `count` seats of `event` that no earlier call in this test file was given. */
export function nextSeats(event: EventFixture, count = 1): string[] {
  const seats = seatIdsOf(event.venue);
  const from = seatsTaken.get(event.id) ?? 0;
  if (from + count > seats.length) throw new Error(`event ${event.id} has no ${count} seats left for tests`);
  seatsTaken.set(event.id, from + count);
  return seats.slice(from, from + count);
}

/** Holds `seatCount` fresh seats as `customer` and checks them out: a PENDING_PAYMENT booking. */
export async function pendingBooking(customer: TestUser, event: EventFixture, seatCount = 1) {
  const hold = await holdSeats(customer, event.id, nextSeats(event, seatCount));
  return checkout(customer, hold.id);
}
