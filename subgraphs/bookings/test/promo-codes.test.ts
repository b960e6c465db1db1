import {
  awaitBookingStatus,
  errorCode,
  eventOnSale,
  gql,
  hoursFromNow,
  loginAdmin,
  ok,
  pay,
  promoCodeOf,
  queryDatabase,
  createPromoCode,
  registerUser,
  seatedSection,
  tryCancelBooking,
  tryCheckoutWithPromo,
  tryCreatePromoCode,
  tryDeactivatePromoCode,
  tryHoldWithPrice,
  PAYMENT_FIELDS,
  type EventFixture,
  type GraphQLResponse,
  type TestUser,
} from '../../../test/support/index.js';

// The test stack runs with short HOLD_TTL_SECONDS (10) and PAYMENT_WINDOW_SECONDS (14) (see test/support/global-setup.ts).

let organizer: TestUser;
let customer: TestUser;
let event: EventFixture;
/** Stalls (30 seats at 3000) and Balcony (6 seats at 2000), handed out one test at a time. */
let stalls: string[];
let balcony: string[];

beforeAll(async () => {
  organizer = await registerUser('ORGANIZER');
  event = await eventOnSale(organizer, {
    sections: [seatedSection('Stalls', ['A', 'B', 'C'], 10), seatedSection('Balcony', ['A'], 6)],
    prices: [3000, 2000],
  });
  stalls = event.venue.sections[0]!.seats.map((seat) => seat.id);
  balcony = event.venue.sections[1]!.seats.map((seat) => seat.id);
});

// A customer per test, so no test meets the seat cap per customer and event with another's holds.
beforeEach(async () => {
  customer = await registerUser();
});

/** The refusal of a code: BAD_USER_INPUT on promoCode, with a message saying why. */
function expectRefusal(result: GraphQLResponse<unknown>, why: RegExp): void {
  expect(errorCode(result)).toBe('BAD_USER_INPUT');
  expect(result.errors![0]!.extensions!.fields).toEqual(['promoCode']);
  expect(result.errors![0]!.message).toMatch(why);
}

/**
 * A hold answering its price. The test stack's holds live 10 s, which a few requests on a busy
 * machine may pass; these tests are about codes, so the hold gets a production-like lifetime.
 */
async function hold(caller: TestUser, seatIds: string[], promoCode?: string) {
  const held = ok(await tryHoldWithPrice(caller, event.id, seatIds, promoCode)).holdSeats as { id: string; price: Record<string, unknown> };
  await queryDatabase('bookings', `update seat_hold set expires_at = now() + interval '10 minutes' where id = $1`, [held.id]);
  return held;
}

const take = (seats: string[], count: number) => seats.splice(0, count);

describe('promo codes', () => {
  it('are created by the organizer, unique per event ignoring case, and validated', async () => {
    const created = await createPromoCode(organizer, event.id, { code: 'Spring-24', kind: 'FIXED', value: 500, maxRedemptions: 3, sectionIds: [event.venue.sections[1]!.id] });
    expect(created).toMatchObject({ code: 'Spring-24', kind: 'FIXED', value: 500, maxRedemptions: 3, redemptions: 0, active: true, event: { id: event.id } });
    expect(created.sections).toEqual([{ id: event.venue.sections[1]!.id }]);

    const duplicate = await tryCreatePromoCode(organizer, event.id, { code: 'SPRING-24', kind: 'PERCENT', value: 5 });
    expect(errorCode(duplicate)).toBe('BAD_USER_INPUT');
    expect(duplicate.errors![0]!.extensions!.fields).toEqual(['code']);

    const bad = await tryCreatePromoCode(organizer, event.id, {
      code: 'bad code',
      kind: 'PERCENT',
      value: 101,
      validFrom: hoursFromNow(2),
      validUntil: hoursFromNow(1),
    });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.extensions!.fields).toEqual(expect.arrayContaining(['code', 'value', 'validUntil']));

    const foreign = await tryCreatePromoCode(organizer, event.id, { code: 'X1', kind: 'PERCENT', value: 5, sectionIds: [stalls[0]] });
    expect(foreign.errors![0]!.extensions!.fields).toEqual(['sectionIds']);
  });

  it('discounts a hold and its checkout (code in any case); payments charges the discounted total', async () => {
    const promo = await createPromoCode(organizer, event.id, { code: 'Quarter', kind: 'PERCENT', value: 25 });
    const seats = take(stalls, 2);
    const held = await hold(customer, seats, 'qUARTER');
    expect(held.price).toEqual({ subtotalCents: 6000, discountCents: 1500, totalCents: 4500, currency: 'USD' });

    const booking = ok(await tryCheckoutWithPromo(customer, held.id, 'quarter')).checkout;
    const payment = ok(await pay(customer, booking.id)).payForBooking;
    expect(booking).toMatchObject({ status: 'PENDING_PAYMENT', subtotalCents: 6000, discountCents: 1500, totalCents: 4500, promoCode: 'Quarter' });
    expect(payment.amountCents).toBe(4500);
    expect((await promoCodeOf(organizer, event.id, promo.id)).redemptions).toBe(1);
    const confirmed = await awaitBookingStatus(customer, booking.id, 'CONFIRMED');
    expect(confirmed.tickets).toHaveLength(2);
  });

  it('refuses unknown, inactive, not-yet-valid, not-applicable and too-small uses, changing nothing', async () => {
    const balconyOnly = await createPromoCode(organizer, event.id, { sectionIds: [event.venue.sections[1]!.id] });
    const bigSpender = await createPromoCode(organizer, event.id, { minTotalCents: 10_000 });
    const later = await createPromoCode(organizer, event.id, { validFrom: hoursFromNow(1) });
    const retired = await createPromoCode(organizer, event.id);
    expect(ok(await tryDeactivatePromoCode(organizer, retired.id)).deactivatePromoCode.active).toBe(false);

    const refusals: Array<[string, RegExp]> = [
      ['NO-SUCH-CODE', /no code "NO-SUCH-CODE"/],
      [retired.code, /no longer active/],
      [later.code, /not valid before/],
      [balconyOnly.code, /does not apply to the sections/],
      [bigSpender.code, /at least 10000 cents/],
    ];
    // A fresh hold for each, checked out right after its refusal: the hold is still live.
    for (const [code, why] of refusals) {
      const held = await hold(customer, take(stalls, 1));
      expectRefusal(await tryCheckoutWithPromo(customer, held.id, code), why);
      const booking = ok(await tryCheckoutWithPromo(customer, held.id, undefined)).checkout;
      expect(booking).toMatchObject({ subtotalCents: 3000, discountCents: 0, totalCents: 3000, promoCode: null });
    }
    expectRefusal(await tryHoldWithPrice(customer, event.id, take(balcony, 1), bigSpender.code), /at least 10000 cents/);
    for (const promo of [balconyOnly, bigSpender, later, retired]) expect((await promoCodeOf(organizer, event.id, promo.id)).redemptions).toBe(0);
  });

  it('applies a section code only to the seats of its sections', async () => {
    const promo = await createPromoCode(organizer, event.id, { kind: 'PERCENT', value: 50, sectionIds: [event.venue.sections[1]!.id] });
    const held = await hold(customer, [...take(stalls, 1), ...take(balcony, 1)], promo.code);
    expect(held.price).toMatchObject({ subtotalCents: 5000, discountCents: 1000, totalCents: 4000 });
  });

  it('allows a customer only perCustomerLimit uses', async () => {
    const promo = await createPromoCode(organizer, event.id, { perCustomerLimit: 1 });
    const first = await hold(customer, take(stalls, 1));
    // Paid, so its use stays however long the rest takes (an unpaid booking expires after PAYMENT_WINDOW_SECONDS and gives it back).
    ok(await pay(customer, ok(await tryCheckoutWithPromo(customer, first.id, promo.code)).checkout.id));
    const second = await hold(customer, take(stalls, 1));
    expectRefusal(await tryCheckoutWithPromo(customer, second.id, promo.code), /already used this code once/);

    const other = await registerUser();
    const theirs = await hold(other, take(stalls, 1));
    expect(ok(await tryCheckoutWithPromo(other, theirs.id, promo.code)).checkout.discountCents).toBe(300);
    expect((await promoCodeOf(organizer, event.id, promo.id)).redemptions).toBe(2);
  });

  it('is valid up to, not at, validUntil', async () => {
    // Far enough ahead that creating the code and the hold fit in, even on a loaded machine.
    const until = new Date(Date.now() + 5_000);
    const promo = await createPromoCode(organizer, event.id, { validUntil: until.toISOString() });
    const held = await hold(customer, take(stalls, 1), promo.code);
    expect(held.price).toMatchObject({ discountCents: 300 });

    await new Promise((resolve) => setTimeout(resolve, until.getTime() - Date.now() + 50));
    expectRefusal(await tryCheckoutWithPromo(customer, held.id, promo.code), /expired at/);
    expect(ok(await tryCheckoutWithPromo(customer, held.id, undefined)).checkout.discountCents).toBe(0);
  });

  it('never takes a total below zero: a FIXED code bigger than the total makes it 0', async () => {
    const promo = await createPromoCode(organizer, event.id, { kind: 'FIXED', value: 1_000_000 });
    const held = await hold(customer, take(balcony, 1), promo.code);
    expect(held.price).toEqual({ subtotalCents: 2000, discountCents: 2000, totalCents: 0, currency: 'USD' });
    const booking = ok(await tryCheckoutWithPromo(customer, held.id, promo.code)).checkout;
    expect(booking).toMatchObject({ subtotalCents: 2000, discountCents: 2000, totalCents: 0 });
    expect(ok(await pay(customer, booking.id)).payForBooking.amountCents).toBe(0);
    await awaitBookingStatus(customer, booking.id, 'CONFIRMED');
  });

  it('gets the use back when an unpaid booking expires or is cancelled; a paid one keeps it', async () => {
    const promo = await createPromoCode(organizer, event.id, { maxRedemptions: 1 });
    const other = await registerUser();
    const first = ok(await tryCheckoutWithPromo(customer, (await hold(customer, take(stalls, 1))).id, promo.code)).checkout;
    const waiting = await hold(other, take(stalls, 1));
    expectRefusal(await tryCheckoutWithPromo(other, waiting.id, promo.code), /used up/);

    await awaitBookingStatus(customer, first.id, 'EXPIRED', 40_000);
    expect((await promoCodeOf(organizer, event.id, promo.id)).redemptions).toBe(0);

    const cancelled = ok(await tryCheckoutWithPromo(customer, (await hold(customer, take(stalls, 1))).id, promo.code)).checkout;
    ok(await tryCancelBooking(customer, cancelled.id));
    expect((await promoCodeOf(organizer, event.id, promo.id)).redemptions).toBe(0);

    const paid = ok(await tryCheckoutWithPromo(other, (await hold(other, take(balcony, 1))).id, promo.code)).checkout;
    ok(await pay(other, paid.id));
    await awaitBookingStatus(other, paid.id, 'CONFIRMED');
    ok(await tryCancelBooking(other, paid.id));
    expect((await promoCodeOf(organizer, event.id, promo.id)).redemptions).toBe(1);
  });

  it('splits the discount over the seats, so a partial refund of some seats gives back what was paid for them', async () => {
    const promo = await createPromoCode(organizer, event.id, { kind: 'FIXED', value: 1000 });
    const seats = take(stalls, 3);
    const booking = ok(await tryCheckoutWithPromo(customer, (await hold(customer, seats)).id, promo.code)).checkout;
    expect(booking.totalCents).toBe(8000);
    const payment = ok(await pay(customer, booking.id)).payForBooking;
    const confirmed = await awaitBookingStatus(customer, booking.id, 'CONFIRMED');
    const paidCents = (await gql(`query($id: ID!) { booking(id: $id) { tickets { paidCents seat { id } } } }`, { id: booking.id }, customer.token)).data
      .booking.tickets as Array<{ paidCents: number; seat: { id: string } }>;
    // 1000 over three seats of 3000: 334 + 333 + 333, the odd cent on the first seat.
    expect(paidCents.map((ticket) => ticket.seat.id)).toEqual(seats);
    expect(paidCents.map((ticket) => ticket.paidCents)).toEqual([2666, 2667, 2667]);
    expect(confirmed.tickets).toHaveLength(3);

    const refund = (cents: number) =>
      gql(`mutation($id: ID!, $a: Int) { refundPayment(paymentId: $id, amountCents: $a) { ${PAYMENT_FIELDS} } }`, { id: payment.id, a: cents }, organizer.token);
    const refunded = ok(await refund(paidCents[0]!.paidCents + paidCents[1]!.paidCents)).refundPayment;
    expect(refunded).toMatchObject({ amountCents: 8000, refundedCents: 5333, status: 'PARTIALLY_REFUNDED' });
    // The third seat's share is exactly what is left.
    expect(ok(await refund(paidCents[2]!.paidCents)).refundPayment).toMatchObject({ refundedCents: 8000, status: 'REFUNDED' });
    await awaitBookingStatus(customer, booking.id, 'REFUNDED');
    expect((await promoCodeOf(organizer, event.id, promo.id)).redemptions).toBe(1);
  });

  it('lets an admin manage any event\'s codes; deactivating twice is harmless', async () => {
    const admin = await loginAdmin();
    const promo = await createPromoCode(admin, event.id);
    expect(ok(await tryDeactivatePromoCode(admin, promo.id)).deactivatePromoCode.active).toBe(false);
    expect(ok(await tryDeactivatePromoCode(organizer, promo.id)).deactivatePromoCode.active).toBe(false);
    expect(errorCode(await tryDeactivatePromoCode(organizer, '00000000-0000-4000-8000-000000000000'))).toBe('NOT_FOUND');
  });
});
