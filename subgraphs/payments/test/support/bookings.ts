import { randomUUID } from 'node:crypto';
import { gqlOk, type TestUser } from '../../../../test/support/client.js';
import { awaitSeatInventory, createEvent, createVenue, type EventFixture } from '../../../../test/support/fixtures.js';

export const PRICE_CENTS = 2500;

export const PAYMENT_FIELDS = 'id amountCents refundedCents currency status provider failureReason createdAt updatedAt booking { id }';

export const PAY_FOR_BOOKING = `mutation($bookingId: ID!, $method: String!, $key: String!) {
  payForBooking(bookingId: $bookingId, paymentMethod: $method, idempotencyKey: $key) { ${PAYMENT_FIELDS} }
}`;

export const payVariables = (bookingId: string, method = 'pm_card_visa', key: string = randomUUID()) => ({ bookingId, method, key });

/** Seats handed out so far per event, so every booking of a test gets fresh ones. */
const seatsTaken = new Map<string, number>();

/** A published event on sale with 40 seats at PRICE_CENTS each, organized by `organizer`. */
export async function eventOnSale(organizer: TestUser): Promise<EventFixture> {
  const venue = await createVenue(organizer, [{ name: 'Stalls', rows: ['A', 'B', 'C', 'D'], seatsPerRow: 10 }]);
  const event = await createEvent(organizer, venue, { priceCents: PRICE_CENTS });
  await awaitSeatInventory(event);
  return event;
}

function nextSeats(event: EventFixture, count: number): string[] {
  const seats = event.venue.sections.flatMap((section) => section.seats.map((seat) => seat.id));
  const from = seatsTaken.get(event.id) ?? 0;
  if (from + count > seats.length) throw new Error(`event ${event.id} has no ${count} seats left for tests`);
  seatsTaken.set(event.id, from + count);
  return seats.slice(from, from + count);
}

export interface PendingBooking {
  id: string;
  totalCents: number;
}

/** Holds `seatCount` fresh seats as `customer` and checks them out: a PENDING_PAYMENT booking. */
export async function pendingBooking(customer: TestUser, event: EventFixture, seatCount = 1): Promise<PendingBooking> {
  const held = await gqlOk(
    `mutation($e: ID!, $s: [ID!]!) { holdSeats(eventId: $e, seatIds: $s) { id } }`,
    { e: event.id, s: nextSeats(event, seatCount) },
    customer.token,
  );
  const checkedOut = await gqlOk(
    `mutation($h: ID!, $k: String!) { checkout(holdId: $h, idempotencyKey: $k) { id totalCents status } }`,
    { h: held.holdSeats.id, k: randomUUID() },
    customer.token,
  );
  return checkedOut.checkout;
}

/** A booking paid with the mock provider's succeeding card, and its payment. */
export async function paidBooking(customer: TestUser, event: EventFixture, seatCount = 1) {
  const booking = await pendingBooking(customer, event, seatCount);
  const paid = await gqlOk(PAY_FOR_BOOKING, payVariables(booking.id), customer.token);
  return { booking, payment: paid.payForBooking as { id: string; amountCents: number; status: string } };
}
