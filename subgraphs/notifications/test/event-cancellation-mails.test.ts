import {
  awaitMails,
  confirmedBooking,
  eventOnSale,
  gqlOk,
  mailsTo,
  nextSeats,
  pendingBooking,
  registerUser,
  tryCancelEvent,
  ok,
} from '../../../test/support/index.js';

describe('cancelEvent', () => {
  it('tells every holder of a live booking exactly once, in one mail each', async () => {
    const organizer = await registerUser('ORGANIZER');
    const event = await eventOnSale(organizer);
    const [paying, twice, unpaid] = await Promise.all([registerUser(), registerUser(), registerUser()]);
    await confirmedBooking(paying, event.id, nextSeats(event));
    await confirmedBooking(twice, event.id, nextSeats(event));
    await confirmedBooking(twice, event.id, nextSeats(event));
    await Promise.all([paying, twice].map((customer) => awaitMails(customer.email, /^Your tickets/, customer === twice ? 2 : 1)));
    // Made last, so that its payment window cannot lapse before the cancellation.
    await pendingBooking(unpaid, event, 1);

    ok(await tryCancelEvent(organizer, event.id, 'The band is ill'));
    for (const customer of [paying, twice, unpaid]) {
      const [mail] = await awaitMails(customer.email, /^Cancelled:/);
      expect(mail!.subject).toBe(`Cancelled: ${event.title}`);
      expect(mail!.text).toContain('The band is ill');
    }
    // Time for any late refund or booking fact to have made a second mail.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    for (const customer of [paying, twice, unpaid]) {
      const after = (await mailsTo(customer.email)).filter((mail) => !/^(Welcome|Your tickets)/.test(mail.subject));
      expect(after.map((mail) => mail.subject)).toEqual([`Cancelled: ${event.title}`]);
      const { myNotifications } = await gqlOk(`query { myNotifications { nodes { kind } } }`, {}, customer.token);
      expect(myNotifications.nodes.filter((node: { kind: string }) => node.kind === 'EVENT_CANCELLED')).toHaveLength(1);
    }
  });
});
