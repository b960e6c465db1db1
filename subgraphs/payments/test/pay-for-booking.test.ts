import { randomUUID } from 'node:crypto';
import {
  errorCode,
  eventOnSale,
  gql,
  gqlOk,
  loginAdmin,
  PAY_FOR_BOOKING,
  payVariables,
  pendingBooking,
  PRICE_CENTS,
  registerUser,
  storedPaymentsOf,
  type EventFixture,
  type TestUser,
} from '../../../test/support/index.js';

const BOOKING = `query($id: ID!) {
  booking(id: $id) { id status tickets { id code } payment { id status amountCents failureReason } }
}`;

describe('payForBooking', () => {
  let organizer: TestUser;
  let customer: TestUser;
  let event: EventFixture;

  beforeAll(async () => {
    [organizer, customer] = await Promise.all([registerUser('ORGANIZER'), registerUser('CUSTOMER')]);
    event = await eventOnSale(organizer);
  });

  it('pays right after checkout; the booking then reads as confirmed, with tickets and this payment', async () => {
    const booking = await pendingBooking(customer, event, 2);
    const { payForBooking: payment } = await gqlOk(PAY_FOR_BOOKING, payVariables(booking.id), customer.token);
    expect(payment).toMatchObject({
      amountCents: 2 * PRICE_CENTS,
      refundedCents: 0,
      currency: 'USD',
      status: 'SUCCEEDED',
      provider: 'mock',
      failureReason: null,
      booking: { id: booking.id },
    });

    const { booking: read } = await gqlOk(BOOKING, { id: booking.id }, customer.token);
    expect(read.status).toBe('CONFIRMED');
    expect(read.tickets).toHaveLength(2);
    expect(read.payment).toEqual({ id: payment.id, status: 'SUCCEEDED', amountCents: 2 * PRICE_CENTS, failureReason: null });

    const fetched = await gqlOk(`query($id: ID!) { payment(id: $id) { id status booking { id status } } }`, { id: payment.id }, customer.token);
    expect(fetched.payment).toEqual({ id: payment.id, status: 'SUCCEEDED', booking: { id: booking.id, status: 'CONFIRMED' } });
  });

  it('answers a repeated key with the same payment and never charges a booking twice', async () => {
    const booking = await pendingBooking(customer, event);
    const key = randomUUID();
    const first = await gqlOk(PAY_FOR_BOOKING, payVariables(booking.id, 'pm_card_visa', key), customer.token);
    const again = await gqlOk(PAY_FOR_BOOKING, payVariables(booking.id, 'pm_card_visa', key), customer.token);
    expect(again.payForBooking).toEqual(first.payForBooking);

    const otherKey = await gql(PAY_FOR_BOOKING, payVariables(booking.id), customer.token);
    expect(errorCode(otherKey)).toBe('INVALID_STATE');

    const another = await pendingBooking(customer, event);
    const reusedKey = await gql(PAY_FOR_BOOKING, payVariables(another.id, 'pm_card_visa', key), customer.token);
    expect(errorCode(reusedKey)).toBe('CONFLICT');

    const stored = await storedPaymentsOf(booking.id);
    expect(stored.payments.map((p) => p.status)).toEqual(['SUCCEEDED']);
    expect(stored.eventTypes).toEqual(['PaymentSucceeded']);
  });

  it('declines with a reason, repeats the answer for the same key, and lets a new attempt succeed', async () => {
    const booking = await pendingBooking(customer, event);
    const key = randomUUID();
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const declined = await gql(PAY_FOR_BOOKING, payVariables(booking.id, 'pm_card_declined', key), customer.token);
      expect(errorCode(declined)).toBe('PAYMENT_DECLINED');
      expect(declined.errors![0]!.extensions!.reason).toBe('card_declined');
    }
    const afterDecline = await gqlOk(BOOKING, { id: booking.id }, customer.token);
    expect(afterDecline.booking).toMatchObject({ status: 'PENDING_PAYMENT', payment: { status: 'FAILED', failureReason: 'card_declined' } });

    const paid = await gqlOk(PAY_FOR_BOOKING, payVariables(booking.id), customer.token);
    const afterPayment = await gqlOk(BOOKING, { id: booking.id }, customer.token);
    expect(afterPayment.booking).toMatchObject({ status: 'CONFIRMED', payment: { id: paid.payForBooking.id, status: 'SUCCEEDED' } });

    const stored = await storedPaymentsOf(booking.id);
    expect(stored.payments.map((p) => p.status)).toEqual(['FAILED', 'SUCCEEDED']);
    expect(stored.eventTypes).toEqual(['PaymentFailed', 'PaymentSucceeded']);
  });

  it('charges once when ten calls with the same key race', async () => {
    const booking = await pendingBooking(customer, event);
    const variables = payVariables(booking.id);
    const results = await Promise.all(Array.from({ length: 10 }, () => gqlOk(PAY_FOR_BOOKING, variables, customer.token)));
    expect(new Set(results.map((result) => result.payForBooking.id)).size).toBe(1);
    expect(results.every((result) => result.payForBooking.status === 'SUCCEEDED')).toBe(true);

    const stored = await storedPaymentsOf(booking.id);
    expect(stored.payments).toHaveLength(1);
    expect(stored.eventTypes).toEqual(['PaymentSucceeded']);
  });

  it('charges once when ten calls with different keys race; the others get INVALID_STATE', async () => {
    const booking = await pendingBooking(customer, event);
    const results = await Promise.all(Array.from({ length: 10 }, () => gql(PAY_FOR_BOOKING, payVariables(booking.id), customer.token)));
    const succeeded = results.filter((result) => !result.errors);
    expect(succeeded).toHaveLength(1);
    expect(results.filter((result) => errorCode(result) === 'INVALID_STATE')).toHaveLength(9);

    const stored = await storedPaymentsOf(booking.id);
    expect(stored.payments.map((p) => p.status)).toEqual(['SUCCEEDED']);
    expect(stored.eventTypes).toEqual(['PaymentSucceeded']);
  });

  it('rejects bad input, anonymous callers, anyone but the booking customer, and unknown bookings', async () => {
    // First: an unknown booking is waited for (PROJECTION_WAIT_MS), which the payment window below need not pay for.
    expect(errorCode(await gql(PAY_FOR_BOOKING, payVariables(randomUUID()), customer.token))).toBe('NOT_FOUND');
    expect(errorCode(await gql(PAY_FOR_BOOKING, payVariables('not-an-id'), customer.token))).toBe('NOT_FOUND');
    const booking = await pendingBooking(customer, event);
    const [stranger, admin] = await Promise.all([registerUser('CUSTOMER'), loginAdmin()]);

    const unknownMethod = await gql(PAY_FOR_BOOKING, payVariables(booking.id, 'pm_card_unknown'), customer.token);
    expect(errorCode(unknownMethod)).toBe('BAD_USER_INPUT');
    expect(unknownMethod.errors![0]!.extensions!.fields).toEqual(['paymentMethod']);
    const emptyKey = await gql(PAY_FOR_BOOKING, payVariables(booking.id, 'pm_card_visa', ''), customer.token);
    expect(emptyKey.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['idempotencyKey'] });

    expect(errorCode(await gql(PAY_FOR_BOOKING, payVariables(booking.id)))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gql(PAY_FOR_BOOKING, payVariables(booking.id), stranger.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(PAY_FOR_BOOKING, payVariables(booking.id), admin.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(PAY_FOR_BOOKING, payVariables(booking.id), organizer.token))).toBe('FORBIDDEN');

    expect((await storedPaymentsOf(booking.id)).payments).toEqual([]);
    const { booking: read } = await gqlOk(BOOKING, { id: booking.id }, customer.token);
    expect(read).toMatchObject({ status: 'PENDING_PAYMENT', payment: null });
  });

  it('refuses a booking whose payment window has passed', async () => {
    const booking = await pendingBooking(customer, event);
    const { booking: due } = await gqlOk(`query($id: ID!) { booking(id: $id) { paymentDueAt } }`, { id: booking.id }, customer.token);
    await new Promise((resolve) => setTimeout(resolve, Date.parse(due.paymentDueAt) - Date.now() + 100));
    const late = await gql(PAY_FOR_BOOKING, payVariables(booking.id), customer.token);
    expect(errorCode(late)).toBe('INVALID_STATE');
    expect((await storedPaymentsOf(booking.id)).payments).toEqual([]);
  });
});
