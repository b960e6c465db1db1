import { randomUUID } from 'node:crypto';
import {
  errorCode,
  eventOnSale,
  eventually,
  gql,
  gqlOk,
  paidBooking,
  PAY_FOR_BOOKING,
  PAYMENT_FIELDS,
  payVariables,
  pendingBooking,
  PRICE_CENTS,
  queryDatabase,
  registerCast,
  registerUser,
  storedPaymentsOf,
  type EventFixture,
  type TestUser,
} from '../../../test/support/index.js';

const REFUND = `mutation($id: ID!, $amount: Int) { refundPayment(paymentId: $id, amountCents: $amount) { ${PAYMENT_FIELDS} } }`;
const PAYMENT = `query($id: ID!) { payment(id: $id) { id status amountCents refundedCents } }`;
const BOOKING_STATUS = `query($id: ID!) { booking(id: $id) { status } }`;

describe('refunds', () => {
  let organizer: TestUser, customer: TestUser, admin: TestUser;
  let event: EventFixture;

  beforeAll(async () => {
    ({ organizer, customer, admin } = await registerCast());
    event = await eventOnSale(organizer);
  });

  it('refunds part, then the rest; the booking follows to REFUNDED', async () => {
    const { booking, payment } = await paidBooking(customer, event, 2);
    const partial = await gqlOk(REFUND, { id: payment.id, amount: 1000 }, organizer.token);
    expect(partial.refundPayment).toMatchObject({ id: payment.id, status: 'PARTIALLY_REFUNDED', refundedCents: 1000, amountCents: 2 * PRICE_CENTS });

    const rest = await gqlOk(REFUND, { id: payment.id }, organizer.token);
    expect(rest.refundPayment).toMatchObject({ status: 'REFUNDED', refundedCents: 2 * PRICE_CENTS });
    expect(errorCode(await gql(REFUND, { id: payment.id, amount: 1 }, organizer.token))).toBe('INVALID_STATE');

    await eventually(async () => {
      const { booking: read } = await gqlOk(BOOKING_STATUS, { id: booking.id }, customer.token);
      expect(read.status).toBe('REFUNDED');
    });
    expect((await storedPaymentsOf(booking.id)).eventTypes).toEqual(['PaymentSucceeded', 'PaymentRefunded', 'PaymentRefunded']);
  });

  it('refuses amounts beyond what is left, and callers other than the event organizer or an admin', async () => {
    const { payment } = await paidBooking(customer, event);
    const otherOrganizer = await registerUser('ORGANIZER');

    const tooMuch = await gql(REFUND, { id: payment.id, amount: PRICE_CENTS + 1 }, organizer.token);
    expect(tooMuch.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['amountCents'] });
    expect(errorCode(await gql(REFUND, { id: payment.id, amount: 0 }, organizer.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql(REFUND, { id: payment.id }, otherOrganizer.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(REFUND, { id: payment.id }, customer.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(REFUND, { id: payment.id }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gql(REFUND, { id: randomUUID() }, admin.token))).toBe('NOT_FOUND');

    const byAdmin = await gqlOk(REFUND, { id: payment.id, amount: 500 }, admin.token);
    expect(byAdmin.refundPayment).toMatchObject({ status: 'PARTIALLY_REFUNDED', refundedCents: 500 });
  });

  it('refuses to refund a declined payment', async () => {
    const booking = await pendingBooking(customer, event);
    await gql(PAY_FOR_BOOKING, payVariables(booking.id, 'pm_card_declined'), customer.token);
    const [{ id }] = (await storedPaymentsOf(booking.id)).payments;
    expect(errorCode(await gql(REFUND, { id }, organizer.token))).toBe('INVALID_STATE');
  });

  it('never refunds more than was paid when refunds race', async () => {
    const { booking, payment } = await paidBooking(customer, event, 2);
    const results = await Promise.all(Array.from({ length: 10 }, () => gql(REFUND, { id: payment.id, amount: 1000 }, organizer.token)));
    expect(results.filter((result) => !result.errors)).toHaveLength(5);
    expect(results.filter((result) => result.errors).map(errorCode).every((code) => code === 'BAD_USER_INPUT' || code === 'INVALID_STATE')).toBe(true);

    const [row] = await queryDatabase<{ status: string; refunded_cents: number }>('payments', `select status, refunded_cents from payment where id = $1`, [payment.id]);
    expect(row).toEqual({ status: 'REFUNDED', refunded_cents: 2 * PRICE_CENTS });
    expect((await storedPaymentsOf(booking.id)).eventTypes.filter((type) => type === 'PaymentRefunded')).toHaveLength(5);
  });

  it('refunds the payment when its customer cancels a confirmed booking', async () => {
    const { booking, payment } = await paidBooking(customer, event);
    const cancelled = await gqlOk(`mutation($id: ID!) { cancelBooking(id: $id) { status } }`, { id: booking.id }, customer.token);
    expect(cancelled.cancelBooking.status).toBe('CANCELLED');
    await eventually(async () => {
      const { payment: read } = await gqlOk(PAYMENT, { id: payment.id }, customer.token);
      expect(read).toMatchObject({ status: 'REFUNDED', refundedCents: PRICE_CENTS });
    });
  });

  it('refunds every paid booking of a cancelled event, and only the rest of a partly refunded one', async () => {
    const ownEvent = await eventOnSale(organizer);
    const [first, second] = await Promise.all([paidBooking(customer, ownEvent), paidBooking(customer, ownEvent, 2)]);
    await gqlOk(REFUND, { id: second.payment.id, amount: 700 }, organizer.token);
    await gqlOk(`mutation($id: ID!) { cancelEvent(id: $id, reason: "storm") { status } }`, { id: ownEvent.id }, organizer.token);
    await eventually(async () => {
      const [one, two] = await Promise.all([first, second].map(({ payment }) => gqlOk(PAYMENT, { id: payment.id }, customer.token)));
      expect(one.payment).toMatchObject({ status: 'REFUNDED', refundedCents: PRICE_CENTS });
      expect(two.payment).toMatchObject({ status: 'REFUNDED', refundedCents: 2 * PRICE_CENTS });
    }, 20_000);
    expect((await storedPaymentsOf(second.booking.id)).eventTypes).toEqual(['PaymentSucceeded', 'PaymentRefunded', 'PaymentRefunded']);
  });

  it('shows a payment to its payer, the event organizer and admins only', async () => {
    const { payment } = await paidBooking(customer, event);
    const [otherOrganizer, otherCustomer] = await Promise.all([registerUser('ORGANIZER'), registerUser('CUSTOMER')]);
    for (const viewer of [customer, organizer, admin]) {
      expect((await gqlOk(PAYMENT, { id: payment.id }, viewer.token)).payment.id).toBe(payment.id);
    }
    expect(errorCode(await gql(PAYMENT, { id: payment.id }, otherOrganizer.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(PAYMENT, { id: payment.id }, otherCustomer.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(PAYMENT, { id: payment.id }))).toBe('UNAUTHENTICATED');
    expect(await gql(PAYMENT, { id: randomUUID() }, admin.token)).toEqual({ data: { payment: null } });
    expect(await gql(PAYMENT, { id: 'not-an-id' }, admin.token)).toEqual({ data: { payment: null } });
  });
});
