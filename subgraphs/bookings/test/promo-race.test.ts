import {
  createPromoCode,
  errorCode,
  eventOnSale,
  holdSeats,
  ok,
  promoCodeOf,
  queryDatabase,
  registerUser,
  seatedSection,
  seatIdsOf,
  tryCheckoutWithPromo,
} from '../../../test/support/index.js';

const CUSTOMERS = 50;
const USES = 10;

describe('a promo code raced for', () => {
  it(`by ${CUSTOMERS} customers with maxRedemptions ${USES} gives exactly ${USES} discounts; the others keep live holds`, async () => {
    const organizer = await registerUser('ORGANIZER');
    const event = await eventOnSale(organizer, { sections: [seatedSection('Floor', ['A', 'B', 'C', 'D', 'E'], 10)] });
    const promo = await createPromoCode(organizer, event.id, { code: 'FIRST10', kind: 'PERCENT', value: 20, maxRedemptions: USES });
    const customers = await Promise.all(Array.from({ length: CUSTOMERS }, () => registerUser()));
    const seats = seatIdsOf(event.venue);
    const holds = await Promise.all(customers.map((customer, index) => holdSeats(customer, event.id, [seats[index]!])));
    // The test stack's holds live 10 s, less than 50 holds and 100 checkouts may take on a busy
    // machine; these get a production-like lifetime, so only the code can refuse a checkout.
    await queryDatabase('bookings', `update seat_hold set expires_at = now() + interval '10 minutes' where event_id = $1`, [event.id]);

    const results = await Promise.all(customers.map((customer, index) => tryCheckoutWithPromo(customer, holds[index]!.id, 'first10')));

    const discounted = results.filter((result) => !result.errors);
    expect(discounted).toHaveLength(USES);
    for (const result of discounted) expect(result.data.checkout).toMatchObject({ subtotalCents: 2500, discountCents: 500, totalCents: 2000, promoCode: 'FIRST10' });
    const refused = results.filter((result) => result.errors);
    for (const result of refused) {
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0]!.extensions!.fields).toEqual(['promoCode']);
      expect(result.errors![0]!.message).toMatch(/used up/);
    }
    // One snapshot: unpaid bookings expire after the test stack's 14 s and give their use back.
    const [stored] = await queryDatabase<{ redemptions: number; open: number; discounted: number }>(
      'bookings',
      `select (select redemptions from promo_code where id = $1) as redemptions,
         (select count(*)::int from booking where promo_code_id = $1 and status in ('PENDING_PAYMENT', 'CONFIRMED')) as open,
         (select count(*)::int from booking where promo_code_id = $1) as discounted`,
      [promo.id],
    );
    expect(stored!.discounted).toBe(USES);
    expect(stored!.redemptions).toBe(stored!.open);
    expect((await promoCodeOf(organizer, event.id, promo.id)).redemptions).toBeLessThanOrEqual(USES);

    // Every refused customer's hold is still live: it checks out without the code.
    const refusedHolds = results.flatMap((result, index) => (result.errors ? [index] : []));
    const undiscounted = await Promise.all(refusedHolds.map((index) => tryCheckoutWithPromo(customers[index], holds[index]!.id, undefined)));
    for (const result of undiscounted) expect(ok(result).checkout).toMatchObject({ discountCents: 0, totalCents: 2500 });
  });
});
