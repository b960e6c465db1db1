import {
  awaitMails,
  confirmedBooking,
  eventOnSale,
  eventually,
  gqlOk,
  mailsTo,
  nextSeats,
  queryDatabase,
  registerUser,
  type EventFixture,
  type TestUser,
} from '../../../test/support/index.js';
import { redeliver } from './redeliver.js';

const MY_NOTIFICATIONS = `query($unreadOnly: Boolean) { myNotifications(first: 10, unreadOnly: $unreadOnly) { totalCount nodes { id kind category title read } } }`;
const SEAT_LABELS = `query($id: ID!) { booking(id: $id) { tickets { code seat { label } } } }`;

describe('booking mails', () => {
  let organizer: TestUser;
  let event: EventFixture;

  beforeAll(async () => {
    organizer = await registerUser('ORGANIZER');
    event = await eventOnSale(organizer);
  });

  it('a full booking sends one confirmation mail with one inline QR image per ticket, the seats, event, venue and times', async () => {
    const customer = await registerUser();
    const booking = await confirmedBooking(customer, event.id, nextSeats(event, 2));
    const [mail] = await awaitMails(customer.email, /^Your tickets for/);
    const { tickets } = (await gqlOk(SEAT_LABELS, { id: booking.id }, customer.token)).booking;

    expect(mail!.subject).toBe(`Your tickets for ${event.title}`);
    const qrImages = mail!.attachments.filter((attachment) => attachment.contentType === 'image/png' && attachment.inline);
    expect(qrImages).toHaveLength(2);
    for (const image of qrImages) expect(mail!.html).toContain(`cid:${image.cid}`);
    for (const ticket of tickets) {
      expect(mail!.text).toContain(`Seat ${ticket.seat.label}: ticket code ${ticket.code}`);
      expect(mail!.html).toContain(ticket.seat.label);
    }
    expect(mail!.text).toContain(event.venue.name);
    expect(mail!.text).toMatch(/From \d{4}-\d\d-\d\d \d\d:\d\d UTC to \d{4}-\d\d-\d\d \d\d:\d\d UTC/);

    const { myNotifications } = await gqlOk(MY_NOTIFICATIONS, {}, customer.token);
    expect(myNotifications.nodes.map((notice: { kind: string }) => notice.kind)).toEqual(['BOOKING_CONFIRMED', 'WELCOME']);
  });

  it('a fact delivered twice sends one mail', async () => {
    const customer = await registerUser();
    const booking = await confirmedBooking(customer, event.id, nextSeats(event));
    await awaitMails(customer.email, /^Your tickets for/);
    await redeliver('bookings', 'bookings.booking', booking.id, 'BookingConfirmed');
    await redeliver('users', 'users.user', customer.id, 'UserRegistered');
    // Both copies are consumed: a second mail would be a second delivery row by now, sent or not.
    expect((await mailsTo(customer.email)).map((mail) => mail.subject).sort()).toEqual(['Welcome to boxoffice', `Your tickets for ${event.title}`]);
    const deliveries = await queryDatabase('notifications', `select "kind" from "notification_delivery" where "recipient" = $1`, [customer.email]);
    expect(deliveries).toHaveLength(2);
  });

  it('with booking mails turned off there is no mail, but an in-app notification; marking it read', async () => {
    const customer = await registerUser();
    const preferences = await gqlOk(`mutation { updateNotificationPreferences(input: { bookings: false }) { account bookings events } }`, {}, customer.token);
    expect(preferences.updateNotificationPreferences).toEqual({ account: true, bookings: false, events: true });
    expect((await gqlOk(`query { me { notificationPreferences { bookings } } }`, {}, customer.token)).me.notificationPreferences).toEqual({ bookings: false });

    await confirmedBooking(customer, event.id, nextSeats(event));
    const notice = await eventually(async () => {
      const { myNotifications } = await gqlOk(MY_NOTIFICATIONS, { unreadOnly: true }, customer.token);
      const confirmed = myNotifications.nodes.find((node: { kind: string }) => node.kind === 'BOOKING_CONFIRMED');
      if (!confirmed) throw new Error('no in-app notification yet');
      return confirmed;
    });
    expect(notice).toMatchObject({ category: 'BOOKINGS', read: false, title: `Your tickets for ${event.title}` });
    await awaitMails(customer.email, /^Welcome/);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await mailsTo(customer.email)).map((mail) => mail.subject)).toEqual(['Welcome to boxoffice']);

    const marked = await gqlOk(`mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { id read } }`, { ids: [notice.id] }, customer.token);
    expect(marked.markNotificationsRead).toEqual([{ id: notice.id, read: true }]);
    const unread = (await gqlOk(MY_NOTIFICATIONS, { unreadOnly: true }, customer.token)).myNotifications.nodes;
    expect(unread.map((node: { kind: string }) => node.kind)).toEqual(['WELCOME']);
  });
});
