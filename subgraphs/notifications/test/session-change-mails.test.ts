import { SessionEventTypes, TOPICS } from '@boxoffice/platform';
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
  queryDatabase,
  registerUser,
  sessionInput,
  tryAddToAgenda,
  tryRemoveSession,
  tryUpdateSession,
  type ReceivedMail,
  type TestUser,
} from '../../../test/support/index.js';
import { redeliver } from './redeliver.js';

let organizer: TestUser;
let event: { id: string; startsAt: string };
let holders: TestUser[];
let bystander: TestUser;

beforeAll(async () => {
  organizer = await registerUser('ORGANIZER');
  const onSale = await eventOnSale(organizer);
  const { startsAt } = (await gqlOk(`query($id: ID!) { event(id: $id) { startsAt } }`, { id: onSale.id })).event;
  event = { id: onSale.id, startsAt };
  holders = await Promise.all([registerUser(), registerUser()]);
  bystander = await registerUser();
  for (const customer of [...holders, bystander]) await confirmedBooking(customer, event.id, nextSeats(onSale));
});

/** A public session of the event, `from` to `to` minutes after its start, on every holder's agenda (not the bystander's). */
async function sessionOnAgendas(from: number, to: number, room: string): Promise<{ id: string; title: string }> {
  const session = await addSession(organizer, event.id, sessionInput(event, from, to, { room }));
  await awaitPublicSession(session.id);
  for (const holder of holders) ok(await tryAddToAgenda(holder, session.id));
  return session;
}

/**
 * Waits for each holder's mail about the change, delivers its fact a second time, and then, with
 * every copy consumed, finds one notice and one mail per holder and none for the bystander.
 */
async function expectToldOnce(sessionId: string, type: string, subject: string): Promise<ReceivedMail[]> {
  const mails = await Promise.all(holders.map(async (holder) => (await awaitMails(holder.email, new RegExp(`^${subject}$`)))[0]!));
  await redeliver('program', TOPICS.session, sessionId, type);
  for (const person of [...holders, bystander]) {
    const expected = person === bystander ? 0 : 1;
    const [deliveries] = await queryDatabase<{ count: string }>('notifications', `select count(*) from "notification_delivery" where "recipient" = $1 and "subject" = $2`, [
      person.email,
      subject,
    ]);
    expect({ person: person.email, deliveries: Number(deliveries!.count) }).toEqual({ person: person.email, deliveries: expected });
    const { myNotifications } = await gqlOk(`query { myNotifications(first: 50) { nodes { kind title } } }`, {}, person.token);
    const notices = myNotifications.nodes.filter((node: { kind: string; title: string }) => node.kind === 'SESSION_CHANGED' && node.title === subject);
    expect({ person: person.email, notices: notices.length }).toEqual({ person: person.email, notices: expected });
    expect((await mailsTo(person.email)).filter((mail) => mail.subject === subject)).toHaveLength(expected);
  }
  return mails;
}

describe('a session on agendas changes: everyone with it on their agenda hears of it once, no one else', () => {
  it('a room change', async () => {
    const session = await sessionOnAgendas(0, 30, 'Blue');
    ok(await tryUpdateSession(organizer, session.id, { room: 'Green' }));
    for (const mail of await expectToldOnce(session.id, SessionEventTypes.roomChanged, `${session.title} has changed rooms`)) {
      expect(mail.text).toContain('in Green');
      expect(mail.text).toContain('in Blue');
    }
  });

  it('a move to new times', async () => {
    const session = await sessionOnAgendas(40, 70, 'Red');
    const later = sessionInput(event, 80, 110);
    ok(await tryUpdateSession(organizer, session.id, { startsAt: later.startsAt, endsAt: later.endsAt }));
    /** As mails show times: minutes after the event's start, in UTC. */
    const at = (minutes: number) => `${new Date(new Date(event.startsAt).getTime() + minutes * 60_000).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
    for (const mail of await expectToldOnce(session.id, SessionEventTypes.moved, `${session.title} has moved`)) {
      expect(mail.text).toContain(`It now runs ${at(80)} to ${at(110)} in Red (it was ${at(40)} to ${at(70)} in Red).`);
    }
  });

  it('a removal', async () => {
    const session = await sessionOnAgendas(120, 150, 'Yellow');
    expect(ok(await tryRemoveSession(organizer, session.id)).removeSession).toBe(true);
    for (const mail of await expectToldOnce(session.id, SessionEventTypes.removed, `${session.title} is cancelled`)) {
      expect(mail.text).toContain(`"${session.title}", a session on your agenda, is cancelled.`);
      expect(mail.text).not.toContain('It now runs');
    }
  });
});
