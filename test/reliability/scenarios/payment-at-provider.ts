import { randomUUID } from 'node:crypto';
import {
  awaitBookingStatus,
  eventually,
  gql,
  PAY_FOR_BOOKING,
  payVariables,
  pendingBooking,
  queryDatabase,
  storedPaymentsOf,
  type EventFixture,
  type GraphQLResponse,
  type TestUser,
} from '../../support/index.js';

/**
 * Starts paying a fresh booking of `customer` and resolves once the (slow) mock provider has
 * taken the money and is still answering: the moment a fault test breaks something. `answer` is
 * what the client eventually gets.
 */
export async function paymentAtProvider(customer: TestUser, event: EventFixture): Promise<{ bookingId: string; answer: Promise<GraphQLResponse<any>> }> {
  const booking = await pendingBooking(customer, event);
  const key = randomUUID();
  const answer = gql(PAY_FOR_BOOKING, payVariables(booking.id, 'pm_card_visa', key), customer.token);
  await eventually(async () => {
    const recorded = await queryDatabase('payments', `select 1 from mock_provider_operation where idempotency_key = $1`, [`charge:${customer.id}:${key}`]);
    expect(recorded).toHaveLength(1);
  }, 10_000, 50);
  return { bookingId: booking.id, answer };
}

/** The reconciliation confirms the booking, with one succeeded payment and one fact. */
export async function expectReconciled(customer: TestUser, bookingId: string, after: string, timeoutMs = 60_000): Promise<void> {
  await awaitBookingStatus(customer, bookingId, 'CONFIRMED', timeoutMs);
  const stored = await storedPaymentsOf(bookingId);
  console.log(`reconciliation after ${after}: payment ${stored.payments[0]?.status} with facts ${stored.eventTypes.join(', ')}`);
  expect(stored.payments.map((payment) => payment.status)).toEqual(['SUCCEEDED']);
  expect(stored.eventTypes).toEqual(['PaymentSucceeded']);
}
