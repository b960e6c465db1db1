import {
  availability,
  bookingOf,
  checkout,
  confirmedBooking,
  errorCode,
  eventOnSale,
  eventually,
  gql,
  holdSeats,
  ok,
  registerUser,
  seatIdsOf,
  tryCheckIn,
  tryCheckout,
  tryHoldSeats,
} from '../../../test/support/index.js';

describe('cancelEvent cascade', () => {
  it('releases open holds, cancels every booking, refunds the paid ones, and stops sales', async () => {
    const organizer = await registerUser('ORGANIZER');
    const [holder, payer, buyer] = await Promise.all([registerUser(), registerUser(), registerUser()]);
    const event = await eventOnSale(organizer, { prices: [2000, 1000] });
    const seats = seatIdsOf(event.venue);

    const hold = await holdSeats(holder, event.id, [seats[0]!, seats[1]!]);
    const pending = await checkout(payer, (await holdSeats(payer, event.id, [seats[2]!])).id);
    const confirmed = await confirmedBooking(buyer, event.id, [seats[3]!, seats[4]!]);
    expect(await availability(event.id)).toMatchObject({ held: 3, sold: 2 });

    ok(await gql(`mutation($id: ID!) { cancelEvent(id: $id, reason: "Storm") { status } }`, { id: event.id }, organizer.token));

    const settled = await eventually(async () => {
      const now = await availability(event.id);
      expect(now).toMatchObject({ total: 14, available: 14, held: 0, sold: 0 });
      return now;
    }, 15_000);
    expect((await bookingOf(payer, pending.id)).status).toBe('CANCELLED');
    expect((await bookingOf(buyer, confirmed.id)).status).toBe('CANCELLED');
    expect(errorCode(await tryCheckout(holder, hold.id))).toBe('INVALID_STATE');
    expect(errorCode(await tryCheckIn(organizer, confirmed.tickets[0].code))).toBe('INVALID_STATE');
    expect(errorCode(await tryHoldSeats(holder, event.id, [seats[5]!]))).toBe('INVALID_STATE');
    await eventually(async () => {
      const { payment } = await bookingOf(buyer, confirmed.id, 'payment { status refundedCents }');
      expect(payment).toEqual({ status: 'REFUNDED', refundedCents: 4000 });
    }, 15_000);

    // Nothing was left open, so nothing changes any more.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await availability(event.id)).toEqual(settled);
  });
});
