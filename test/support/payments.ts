import { randomUUID } from 'node:crypto';
import { gql, ok } from './client.js';
import { awaitBookingStatus, checkout, holdSeats, pendingBooking } from './bookings.js';
import { queryDatabase } from './databases.js';
import type { EventFixture } from './events.js';
import type { TestUser } from './users.js';

export const PAYMENT_FIELDS = 'id amountCents refundedCents currency status provider failureReason createdAt updatedAt booking { id }';

export const PAY_FOR_BOOKING = `mutation($bookingId: ID!, $method: String!, $key: String!) {
  payForBooking(bookingId: $bookingId, paymentMethod: $method, idempotencyKey: $key) { ${PAYMENT_FIELDS} }
}`;

export const payVariables = (bookingId: string, method = 'pm_card_visa', key: string = randomUUID()) => ({ bookingId, method, key });

/** `payForBooking` as `caller` with a fresh idempotency key; `method` defaults to the mock provider's succeeding card. */
export const pay = (caller: TestUser, bookingId: string, method?: string) => gql(PAY_FOR_BOOKING, payVariables(bookingId, method), caller.token);

/** A booking of `seatCount` fresh seats, paid with the succeeding card, and its payment. */
export async function paidBooking(customer: TestUser, event: EventFixture, seatCount = 1) {
  const booking = await pendingBooking(customer, event, seatCount);
  const payment = ok(await pay(customer, booking.id)).payForBooking as { id: string; amountCents: number; status: string };
  return { booking, payment };
}

/** Holds `seatIds`, checks out and pays: waits until the booking is CONFIRMED. */
export async function confirmedBooking(customer: TestUser, eventId: string, seatIds: string[]) {
  const hold = await holdSeats(customer, eventId, seatIds);
  const booking = await checkout(customer, hold.id);
  ok(await pay(customer, booking.id));
  return awaitBookingStatus(customer, booking.id, 'CONFIRMED');
}

/** The payment rows of a booking and the payment events recorded for them. */
export async function storedPaymentsOf(bookingId: string) {
  const payments = await queryDatabase<{ id: string; status: string; refunded_cents: number }>(
    'payments',
    `select id, status, refunded_cents from payment where booking_id = $1 order by created_at`,
    [bookingId],
  );
  const events = await queryDatabase<{ type: string }>(
    'payments',
    `select type from outbox_message where topic = 'payments.payment' and payload->>'bookingId' = $1 order by position`,
    [bookingId],
  );
  return { payments, eventTypes: events.map((event) => event.type) };
}
