import {
  addSession,
  awaitMails,
  awaitPublicSession,
  confirmedBooking,
  eventOnSale,
  gqlOk,
  mailsTo,
  nextSeats,
  ok,
  registerUser,
  sessionInput,
  tryAddToAgenda,
  tryUpdateSession,
} from '../../../test/support/index.js';

describe('a session on an agenda changes', () => {
  it('tells the people who have it on their agenda once, and no one else', async () => {
    const organizer = await registerUser('ORGANIZER');
    const onSale = await eventOnSale(organizer);
    const { startsAt } = (await gqlOk(`query($id: ID!) { event(id: $id) { startsAt } }`, { id: onSale.id })).event;
    const event = { ...onSale, startsAt };
    const session = await addSession(organizer, event.id, sessionInput(event, 0, 30, { room: 'Blue' }));
    await awaitPublicSession(session.id);
    const [holder, bystander] = await Promise.all([registerUser(), registerUser()]);
    await confirmedBooking(holder, event.id, nextSeats(event));
    await confirmedBooking(bystander, event.id, nextSeats(event));
    ok(await tryAddToAgenda(holder, session.id));

    ok(await tryUpdateSession(organizer, session.id, { room: 'Green' }));
    const [mail] = await awaitMails(holder.email, /has changed rooms$/);
    expect(mail!.text).toContain('in Green');
    expect(mail!.text).toContain('in Blue');

    // Time for a redelivered or late fact to have made a second mail.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect((await mailsTo(holder.email)).filter((received) => /has changed rooms$/.test(received.subject))).toHaveLength(1);
    expect((await mailsTo(bystander.email)).filter((received) => /has changed rooms$/.test(received.subject))).toEqual([]);
    const { myNotifications } = await gqlOk(`query { myNotifications { nodes { kind } } }`, {}, holder.token);
    expect(myNotifications.nodes.filter((node: { kind: string }) => node.kind === 'SESSION_CHANGED')).toHaveLength(1);
  }, 120_000);
});
