import { randomUUID } from 'node:crypto';
import { BookingEventTypes, TOPICS, UserEventTypes, type BookingFacts, type UserFacts } from '@boxoffice/platform';
import {
  awaitBookingStatus,
  awaitMails,
  confirmedBooking,
  eventOnSale,
  eventually,
  gql,
  gqlOk,
  loginAdmin,
  mailsTo,
  nextSeats,
  ok,
  pendingBooking,
  queryDatabase,
  registerUser,
  storedPaymentsOf,
  tryCancelBooking,
  tryCancelEvent,
  type EventFixture,
  type TestUser,
} from '../../../test/support/index.js';
import { awaitFactApplied, publishedFact, sendFact, type Fact } from '../../../test/support/facts.js';

const NOTICE_KINDS = `query { myNotifications(first: 20) { nodes { kind } } }`;
const REFUND = `mutation($id: ID!) { refundPayment(paymentId: $id) { id status } }`;

/** Subjects of the mails `customer` received, but for the welcome and the tickets every booking test starts with. */
const laterSubjects = async (customer: TestUser) =>
  (await mailsTo(customer.email)).map((mail) => mail.subject).filter((subject) => !/^(Welcome|Your tickets)/.test(subject));

const noticeKinds = async (customer: TestUser): Promise<string[]> =>
  (await gqlOk(NOTICE_KINDS, {}, customer.token)).myNotifications.nodes.map((node: { kind: string }) => node.kind);

/** A CONFIRMED booking of one fresh seat whose ticket mail arrived, and its payment's id. */
async function ticketedBooking(customer: TestUser, event: EventFixture) {
  const booking = await confirmedBooking(customer, event.id, nextSeats(event));
  await awaitMails(customer.email, /^Your tickets for/);
  const { payments } = await storedPaymentsOf(booking.id);
  return { booking, paymentId: payments[0]!.id };
}

/** A new fact (its own id) of `type` about `template`'s aggregate, carrying `payload`. */
const earlyCopy = (template: Fact, type: string, payload: Record<string, unknown>): Fact => ({
  ...template,
  id: randomUUID(),
  type,
  occurredAt: new Date().toISOString(),
  payload,
});

/** Waits until notifications applied the PaymentRefunded fact of `paymentId`; returns the fact. */
async function refundApplied(paymentId: string) {
  const refund = await publishedFact('payments', 'payments.payment', paymentId, 'PaymentRefunded');
  await awaitFactApplied('notifications', refund.id);
  return refund;
}

describe('booking notices', () => {
  let organizer: TestUser;
  let event: EventFixture;

  beforeAll(async () => {
    organizer = await registerUser('ORGANIZER');
    event = await eventOnSale(organizer);
  });

  it("a customer's own cancelBooking of a paid booking sends exactly one mail: the cancellation, which covers the refund", async () => {
    const customer = await registerUser();
    const { booking, paymentId } = await ticketedBooking(customer, event);
    ok(await tryCancelBooking(customer, booking.id));

    const [mail] = await awaitMails(customer.email, /is cancelled$/);
    expect(mail!.subject).toBe(`Your booking for ${event.title} is cancelled`);
    expect(mail!.text).toContain('your payment is refunded');
    const refund = await refundApplied(paymentId);
    expect(refund.payload.refundReason).toBe('BOOKING_CANCELLED');
    expect(await laterSubjects(customer)).toEqual([`Your booking for ${event.title} is cancelled`]);
    expect((await noticeKinds(customer)).filter((kind) => kind !== 'BOOKING_CONFIRMED' && kind !== 'WELCOME')).toEqual(['BOOKING_CANCELLED']);
  });

  it('a booking that expires unpaid sends one expiry mail', async () => {
    const customer = await registerUser();
    const booking = await pendingBooking(customer, event);
    await awaitBookingStatus(customer, booking.id, 'EXPIRED', 40_000);

    const [mail] = await awaitMails(customer.email, /expired before it was paid$/);
    expect(mail!.subject).toBe(`Your booking for ${event.title} expired before it was paid`);
    expect(mail!.text).toContain('its seats are free again');
    const expired = await publishedFact('bookings', 'bookings.booking', booking.id, 'BookingExpired');
    await awaitFactApplied('notifications', expired.id);
    expect(await laterSubjects(customer)).toEqual([mail!.subject]);
    expect(await noticeKinds(customer)).toEqual(['BOOKING_EXPIRED', 'WELCOME']);
  }, 90_000);

  it("the organizer's refundPayment sends the customer exactly one 'Refund for' mail", async () => {
    const customer = await registerUser();
    const { booking, paymentId } = await ticketedBooking(customer, event);
    expect((await gqlOk(REFUND, { id: paymentId }, organizer.token)).refundPayment).toEqual({ id: paymentId, status: 'REFUNDED' });

    const [mail] = await awaitMails(customer.email, /^Refund for/);
    expect(mail!.subject).toBe(`Refund for ${event.title}`);
    expect(mail!.text).toContain(`for ${event.title} has been refunded`);
    expect((await refundApplied(paymentId)).payload.refundReason).toBe('REQUESTED');
    // The full refund turns the booking REFUNDED; that fact adds no second mail.
    const refunded = await publishedFact('bookings', 'bookings.booking', booking.id, 'BookingRefunded');
    await awaitFactApplied('notifications', refunded.id);
    expect(await laterSubjects(customer)).toEqual([`Refund for ${event.title}`]);
    expect(await noticeKinds(customer)).toEqual(['REFUND', 'BOOKING_CONFIRMED', 'WELCOME']);
  });
});

describe('account notices', () => {
  it('a role change sends the person one "Your role changed" mail naming the new role', async () => {
    const [user, admin] = await Promise.all([registerUser(), loginAdmin()]);
    await gqlOk(`mutation($id: ID!) { changeRole(userId: $id, role: ORGANIZER) { id } }`, { id: user.id }, admin.token);

    const [mail] = await awaitMails(user.email, /^Your role changed/);
    expect(mail!.text).toContain('your boxoffice role is now ORGANIZER');
    const changed = await publishedFact('users', 'users.user', user.id, 'UserRoleChanged');
    await awaitFactApplied('notifications', changed.id);
    expect((await mailsTo(user.email)).map((received) => received.subject).sort()).toEqual(['Welcome to boxoffice', 'Your role changed']);
    expect(await noticeKinds(user)).toEqual(['ROLE_CHANGED', 'WELCOME']);
  });
});

describe('event cancellation notices', () => {
  it('with events mails turned off, cancelEvent leaves an in-app notification and sends no mail', async () => {
    const organizer = await registerUser('ORGANIZER');
    const event = await eventOnSale(organizer);
    const customer = await registerUser();
    const preferences = await gqlOk(`mutation { updateNotificationPreferences(input: { events: false }) { account bookings events } }`, {}, customer.token);
    expect(preferences.updateNotificationPreferences).toEqual({ account: true, bookings: true, events: false });
    const { paymentId } = await ticketedBooking(customer, event);

    ok(await tryCancelEvent(organizer, event.id, 'The venue is flooded'));
    await eventually(async () => expect(await noticeKinds(customer)).toContain('EVENT_CANCELLED'));
    // The mail would have been written in the notice's own transaction.
    const deliveries = await queryDatabase('notifications', `select "kind" from "notification_delivery" where "recipient" = $1 order by "created_at"`, [customer.email]);
    expect(deliveries.map((delivery) => delivery.kind)).toEqual(['WELCOME', 'BOOKING_CONFIRMED']);
    await refundApplied(paymentId);
    expect(await laterSubjects(customer)).toEqual([]);
    expect(await noticeKinds(customer)).toEqual(['EVENT_CANCELLED', 'BOOKING_CONFIRMED', 'WELCOME']);
  });

  it("facts of an event's cancellation consumed before the event's own fact: one notice, the event's, with its reason", async () => {
    const organizer = await registerUser('ORGANIZER');
    const event = await eventOnSale(organizer);
    const customer = await registerUser();
    const { booking, paymentId } = await ticketedBooking(customer, event);
    const confirmed = await publishedFact('bookings', 'bookings.booking', booking.id, 'BookingConfirmed');
    const paid = await publishedFact('payments', 'payments.payment', paymentId, 'PaymentSucceeded');

    // The refund and the booking's cancellation, in that order, as they may arrive while
    // notifications still sees the event on sale (Kafka orders facts per topic only). Other
    // consumers read them too, so they ask for no refund and refund only a cent: the booking
    // stays confirmed until the organizer really cancels the event.
    const { tickets: _tickets, ...bookingFacts } = confirmed.payload;
    const early: Array<[string, Fact]> = [
      ['payments.payment', earlyCopy(paid, 'PaymentRefunded', { ...paid.payload, status: 'PARTIALLY_REFUNDED', refundedCents: 1, refundReason: 'BOOKING_CANCELLED' })],
      ['bookings.booking', earlyCopy(confirmed, 'BookingCancelled', { ...bookingFacts, status: 'CANCELLED', refundWanted: false, eventCancelled: true })],
    ];
    for (const [topic, fact] of early) {
      await sendFact(topic, fact);
      await awaitFactApplied('notifications', fact.id);
    }
    expect(await noticeKinds(customer)).toEqual(['BOOKING_CONFIRMED', 'WELCOME']);

    ok(await tryCancelEvent(organizer, event.id, 'The band is ill'));
    const [mail] = await awaitMails(customer.email, /^Cancelled:/);
    expect(mail!.text).toContain('The band is ill');
    await refundApplied(paymentId);
    expect(await laterSubjects(customer)).toEqual([`Cancelled: ${event.title}`]);
    expect(await noticeKinds(customer)).toEqual(['EVENT_CANCELLED', 'BOOKING_CONFIRMED', 'WELCOME']);
  });
});

describe('notification preferences', () => {
  it('refuses to turn account mails off: BAD_USER_INPUT on account, nothing changed', async () => {
    const customer = await registerUser();
    const refused = await gql(`mutation { updateNotificationPreferences(input: { account: false, bookings: false }) { account } }`, {}, customer.token);
    expect(refused.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['account'],
      problems: [{ field: 'account', message: 'account mails cannot be turned off' }],
    });
    expect((await gqlOk(`query { me { notificationPreferences { account bookings events } } }`, {}, customer.token)).me.notificationPreferences).toEqual({
      account: true,
      bookings: true,
      events: true,
    });
  });
});

describe('facts of different topics, in any order', () => {
  const fact = <P>(type: string, aggregateId: string, payload: P): Fact<P> => ({ id: randomUUID(), type, occurredAt: new Date().toISOString(), aggregateId, payload });
  /** A one-ticket booking (seat A-1) of `userId` confirmed. */
  const bookingConfirmed = (userId: string, bookingId: string) =>
    fact<BookingFacts>(BookingEventTypes.confirmed, bookingId, {
      bookingId,
      eventId: randomUUID(),
      userId,
      organizerId: randomUUID(),
      status: 'CONFIRMED',
      totalCents: 5000,
      currency: 'USD',
      paymentDueAt: null,
      tickets: [{ ticketId: randomUUID(), code: `ticket-${bookingId}`, seatId: randomUUID(), seatLabel: 'A-1' }],
    });

  it("mails the tickets of a booking confirmed before its customer's registration reached notifications, once it does", async () => {
    const userId = randomUUID();
    const bookingId = randomUUID();
    const email = `${randomUUID()}@example.test`;
    const confirmed = bookingConfirmed(userId, bookingId);
    await sendFact(TOPICS.booking, confirmed);
    await awaitFactApplied('notifications', confirmed.id);
    const unaddressed = `select d."recipient" from "notification_delivery" d join "notification" n on n."id" = d."notification_id" where n."user_id" = $1`;
    expect(await queryDatabase('notifications', unaddressed, [userId])).toEqual([{ recipient: null }]);

    await sendFact(TOPICS.user, fact<UserFacts>(UserEventTypes.registered, userId, { userId, email, name: 'Late Registrant', role: 'CUSTOMER', emailVerified: false }));
    const [tickets] = await awaitMails(email, /^Your tickets for/);
    expect(tickets!.text).toContain('Hello Late Registrant');
    expect(tickets!.text).toContain('A-1');
    await awaitMails(email, /^Welcome/);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await mailsTo(email)).map((mail) => mail.subject).sort()).toEqual(['Welcome to boxoffice', 'Your tickets for your event']);
  });

  it("stores nothing of a booking confirmed for a customer whose account's deletion reached notifications first", async () => {
    const userId = randomUUID();
    const bookingId = randomUUID();
    const email = `${randomUUID()}@example.test`;
    const person: UserFacts = { userId, email, name: 'Gone Customer', role: 'CUSTOMER', emailVerified: false };
    for (const userFact of [fact(UserEventTypes.registered, userId, person), fact(UserEventTypes.deleted, userId, person)]) {
      await sendFact(TOPICS.user, userFact);
      await awaitFactApplied('notifications', userFact.id);
    }
    const confirmed = bookingConfirmed(userId, bookingId);
    await sendFact(TOPICS.booking, confirmed);
    await awaitFactApplied('notifications', confirmed.id);

    expect(await queryDatabase('notifications', `select "id" from "notification" where "user_id" = $1`, [userId])).toEqual([]);
    expect(await queryDatabase('notifications', `select "id" from "notification_delivery" where "data"->>'bookingId' = $1 or "recipient" = $2`, [bookingId, email])).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await mailsTo(email)).map((mail) => mail.subject)).not.toContain('Your tickets for your event');
  });
});
