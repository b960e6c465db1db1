import { randomUUID } from 'node:crypto';
import { TOPICS } from '@boxoffice/platform';
import { awaitConsumed } from '../../../test/support/consumer-offsets.js';
import {
  availability,
  awaitBookingStatus,
  awaitPushedStatus,
  bookingOf,
  checkout,
  confirmedBooking,
  errorCode,
  eventOnSale,
  eventually,
  gql,
  gqlOk,
  holdSeats,
  loginAdmin,
  ok,
  pay,
  registerUser,
  seatIdsOf,
  seatStates,
  storedPaymentsOf,
  subscribe,
  tryCancelBooking,
  tryCheckIn,
  UPDATE_VENUE,
  wsClient,
  type EventFixture,
  type TestUser,
} from '../../../test/support/index.js';

let organizer: TestUser;
let otherOrganizer: TestUser;
let customer: TestUser;
let event: EventFixture;
let seats: string[];

/** What the journey should leave in the audit log: per thing it touched, its entries (action and actor), oldest first. */
const auditTrail: Array<{ what: string; targetId: string; entries: Array<[action: string, actorId: string]> }> = [];
const expectAudit = (what: string, targetId: string, ...entries: Array<[action: string, actor: TestUser]>) =>
  auditTrail.push({ what, targetId, entries: entries.map(([action, actor]) => [action, actor.id]) });

beforeAll(async () => {
  [organizer, otherOrganizer, customer] = await Promise.all([registerUser('ORGANIZER'), registerUser('ORGANIZER'), registerUser()]);
  event = await eventOnSale(organizer, { prices: [3000, 1500] });
  seats = seatIdsOf(event.venue);
  ok(await gql(UPDATE_VENUE, { id: event.venue.id, input: { name: `${event.venue.name} (renovated)` } }, organizer.token));
  for (const [what, user] of [['organizer', organizer], ['other organizer', otherOrganizer], ['customer', customer]] as const) expectAudit(what, user.id);
  expectAudit('venue', event.venue.id, ['VENUE_CREATED', organizer], ['VENUE_UPDATED', organizer]);
  expectAudit('event', event.id, ['EVENT_CREATED', organizer], ['EVENT_PUBLISHED', organizer]);
});

const paymentOf = async (bookingId: string) =>
  (await bookingOf(customer, bookingId, 'id payment { id status amountCents refundedCents }')).payment;

describe('the whole journey', () => {
  it('hold → checkout → pay → confirmed with tickets → check-in once', async () => {
    const hold = await holdSeats(customer, event.id, [seats[0]!, seats[1]!]);
    const booking = await checkout(customer, hold.id);
    const client = wsClient(customer.token);
    const pushes = subscribe(client, `subscription($id: ID!) { bookingUpdated(id: $id) { id status } }`, { id: booking.id });
    try {
      const paid = ok(await pay(customer, booking.id)).payForBooking;
      expect(paid).toMatchObject({ status: 'SUCCEEDED', amountCents: 6000 });

      const confirmed = await awaitBookingStatus(customer, booking.id, 'CONFIRMED');
      await awaitPushedStatus(pushes, 'CONFIRMED');
      expect(confirmed.tickets.map((t: { seat: { id: string } }) => t.seat.id)).toEqual([seats[0], seats[1]]);
      for (const ticket of confirmed.tickets) {
        expect(ticket.code).toMatch(/^[A-Za-z0-9_-]{22,}$/);
        expect(Buffer.from(ticket.code, 'base64url').length).toBeGreaterThanOrEqual(16);
        expect(ticket.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
        expect(ticket).toMatchObject({ checkedInAt: null, booking: { id: booking.id } });
      }
      expect(new Set(confirmed.tickets.map((t: { code: string }) => t.code)).size).toBe(2);
      expect(await availability(event.id)).toMatchObject({ sold: 2, held: 0, available: 12 });
      expect((await seatStates(event.id, 'SOLD')).size).toBe(2);

      const code = confirmed.tickets[0].code;
      expect(errorCode(await tryCheckIn(customer, code))).toBe('FORBIDDEN');
      // Another organizer's ticket answers like an unknown code.
      expect(errorCode(await tryCheckIn(otherOrganizer, code))).toBe('NOT_FOUND');
      expect(errorCode(await tryCheckIn(organizer, 'no-such-ticket'))).toBe('NOT_FOUND');
      // Two scanners at the door at once: one admits, the others are told it was used.
      const scans = await Promise.all(Array.from({ length: 5 }, () => tryCheckIn(organizer, code)));
      const admitted = scans.filter((scan) => !scan.errors).map((scan) => scan.data.checkIn);
      expect(admitted).toHaveLength(1);
      expect(admitted[0]).toMatchObject({ code, booking: { id: booking.id } });
      expect(new Date(admitted[0].checkedInAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
      expect(scans.filter((scan) => scan.errors).map(errorCode)).toEqual(Array(4).fill('INVALID_STATE'));
      expect(errorCode(await tryCheckIn(organizer, code))).toBe('INVALID_STATE');

      expectAudit('hold', hold.id);
      expectAudit('booking', booking.id);
      expectAudit('its payment', paid.id, ['PAYMENT_CAPTURED', customer]);
      expectAudit('its ticket checked in', confirmed.tickets[0].id, ['TICKET_CHECKED_IN', organizer]);
      expectAudit('its other ticket', confirmed.tickets[1].id);
    } finally {
      pushes.close();
      await client.dispose();
    }
  });

  it('a declined payment leaves the booking PENDING_PAYMENT', async () => {
    const booking = await checkout(customer, (await holdSeats(customer, event.id, [seats[2]!])).id);
    const declined = await pay(customer, booking.id, 'pm_card_declined');
    expect(errorCode(declined)).toBe('PAYMENT_DECLINED');
    expect((await bookingOf(customer, booking.id)).status).toBe('PENDING_PAYMENT');
    ok(await pay(customer, booking.id));
    await awaitBookingStatus(customer, booking.id, 'CONFIRMED');

    const [refused, paid] = (await storedPaymentsOf(booking.id)).payments;
    expect([refused!.status, paid!.status]).toEqual(['FAILED', 'SUCCEEDED']);
    expectAudit('booking paid at the second attempt', booking.id);
    expectAudit('its declined payment', refused!.id);
    expectAudit('its payment', paid!.id, ['PAYMENT_CAPTURED', customer]);
  });
});

describe('cancellation and refunds of paid bookings', () => {
  it('cancelling a confirmed booking frees its seats, voids its tickets and refunds the payment', async () => {
    const confirmed = await confirmedBooking(customer, event.id, [seats[3]!, seats[4]!]);
    const before = await availability(event.id);
    const cancelled = ok(await tryCancelBooking(customer, confirmed.id)).cancelBooking;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', tickets: [] });
    expect(await availability(event.id)).toMatchObject({ sold: before.sold - 2, available: before.available + 2 });
    expect(errorCode(await tryCheckIn(organizer, confirmed.tickets[0].code))).toBe('INVALID_STATE');
    await eventually(async () => expect(await paymentOf(confirmed.id)).toMatchObject({ status: 'REFUNDED', refundedCents: 6000 }));
    expect((await bookingOf(customer, confirmed.id)).status).toBe('CANCELLED');

    // The refund follows the customer's cancellation, in the customer's name.
    expectAudit('booking cancelled', confirmed.id, ['BOOKING_CANCELLED', customer]);
    expectAudit('its payment', (await paymentOf(confirmed.id)).id, ['PAYMENT_CAPTURED', customer], ['PAYMENT_REFUNDED', customer]);
    for (const ticket of confirmed.tickets) expectAudit('its voided ticket', ticket.id);
  });

  it('a partial refund keeps the booking CONFIRMED; refunding the rest makes it REFUNDED and frees the seats', async () => {
    const confirmed = await confirmedBooking(customer, event.id, [seats[10]!]);
    const { payment } = await bookingOf(customer, confirmed.id, 'payment { id }');
    const refund = (amountCents?: number) =>
      gql(`mutation($id: ID!, $a: Int) { refundPayment(paymentId: $id, amountCents: $a) { status refundedCents } }`, { id: payment.id, a: amountCents }, organizer.token);

    expect(ok(await refund(500)).refundPayment).toMatchObject({ status: 'PARTIALLY_REFUNDED', refundedCents: 500 });
    const checkInAfterPartial = ok(await tryCheckIn(organizer, confirmed.tickets[0].code)).checkIn;
    expect(checkInAfterPartial.checkedInAt).not.toBeNull();
    expect((await bookingOf(customer, confirmed.id)).status).toBe('CONFIRMED');

    expect(ok(await refund()).refundPayment).toMatchObject({ status: 'REFUNDED', refundedCents: 1500 });
    expect((await awaitBookingStatus(customer, confirmed.id, 'REFUNDED')).tickets).toEqual([]);
    expect((await seatStates(event.id)).get(seats[10]!)).toBe('AVAILABLE');
    expect(errorCode(await tryCancelBooking(customer, confirmed.id))).toBe('INVALID_STATE');

    // The booking follows its payment's refund: the refunds are the organizer's actions, not the booking's end.
    expectAudit('booking refunded', confirmed.id);
    expectAudit('its payment', payment.id, ['PAYMENT_CAPTURED', customer], ['PAYMENT_REFUNDED', organizer], ['PAYMENT_REFUNDED', organizer]);
    expectAudit('its ticket checked in', confirmed.tickets[0].id, ['TICKET_CHECKED_IN', organizer]);
  });

  it('the same idempotency key pays once even when the calls race', async () => {
    const booking = await checkout(customer, (await holdSeats(customer, event.id, [seats[11]!])).id);
    const key = randomUUID();
    const PAY_ONCE = `mutation($b: ID!, $k: String!) { payForBooking(bookingId: $b, paymentMethod: "pm_card_visa", idempotencyKey: $k) { id } }`;
    const results = await Promise.all(Array.from({ length: 5 }, () => gql(PAY_ONCE, { b: booking.id, k: key }, customer.token)));
    expect(new Set(results.map((result) => ok(result).payForBooking.id)).size).toBe(1);
    const confirmed = await awaitBookingStatus(customer, booking.id, 'CONFIRMED');
    expect(confirmed.tickets).toHaveLength(1);

    expectAudit('booking paid by racing calls', booking.id);
    expectAudit('its one payment', ok(results[0]!).payForBooking.id, ['PAYMENT_CAPTURED', customer]);
  });
});

const AUDITED_TOPICS = [TOPICS.user, TOPICS.venue, TOPICS.event, TOPICS.booking, TOPICS.ticket, TOPICS.payment];

describe('the audit log of the journey', () => {
  it('holds exactly one entry, with its actor, for each privileged or money-moving action above, and none for anything else', async () => {
    const admin = await loginAdmin();
    const AUDIT = `query($f: AuditLogFilter) { auditLog(filter: $f, first: 20) { nodes { action actorId } } }`;
    const logged = () =>
      Promise.all(
        auditTrail.map(async ({ what, targetId }) => {
          const { nodes } = (await gqlOk(AUDIT, { f: { targetId } }, admin.token)).auditLog;
          return { what, targetId, entries: nodes.map(({ action, actorId }: { action: string; actorId: string }) => [action, actorId]).reverse() };
        }),
      );
    await eventually(async () => expect(await logged()).toEqual(auditTrail), 30_000, 250);
    // Once users has consumed every fact published so far, nothing late has added a second entry.
    for (const topic of AUDITED_TOPICS) await awaitConsumed('users', topic);
    expect(await logged()).toEqual(auditTrail);
  });
});
