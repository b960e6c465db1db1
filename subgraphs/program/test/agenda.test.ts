import {
  addSession,
  awaitPublicSession,
  confirmedBooking,
  createSpeaker,
  errorCode,
  eventOnSale,
  eventually,
  gqlOk,
  nextSeats,
  ok,
  queryDatabase,
  registerCast,
  registerUser,
  sessionInput,
  tryAddToAgenda,
  tryCancelBooking,
  tryMyAgenda,
  tryRemoveFromAgenda,
  tryRemoveSession,
  tryUpdateSession,
  type EventFixture,
  type TestUser,
} from '../../../test/support/index.js';

let cast: Awaited<ReturnType<typeof registerCast>>;
let event: EventFixture & { startsAt: string };
let sessions: Array<{ id: string; title: string }>;

beforeAll(async () => {
  cast = await registerCast();
  const onSale = await eventOnSale(cast.organizer);
  const { startsAt } = (await gqlOk(`query($id: ID!) { event(id: $id) { startsAt } }`, { id: onSale.id })).event;
  event = { ...onSale, startsAt };
  const speaker = await createSpeaker(cast.organizer);
  sessions = [
    await addSession(cast.organizer, event.id, sessionInput(event, 0, 30, { room: 'One', speakerIds: [speaker.id] })),
    await addSession(cast.organizer, event.id, sessionInput(event, 60, 90, { room: 'One' })),
  ];
  await awaitPublicSession(sessions[0]!.id);
});

const agendaIds = async (customer: TestUser): Promise<string[]> => ok(await tryMyAgenda(customer, event.id)).myAgenda.map((s: { id: string }) => s.id);

/** The program.session facts recorded for a session, oldest first. */
const sessionFacts = (sessionId: string) =>
  queryDatabase<{ type: string; payload: { agendaUserIds: string[]; room: string | null; previous: { room: string | null } } }>(
    'program',
    `select type, payload from outbox_message where topic = 'program.session' and key = $1 order by position`,
    [sessionId],
  );

it('keeps an agenda only for customers with a confirmed booking, and drops it when the booking is cancelled', async () => {
  const [holder, stranger] = await Promise.all([registerUser(), registerUser()]);
  expect(errorCode(await tryAddToAgenda(stranger, sessions[0]!.id))).toBe('FORBIDDEN');
  expect(errorCode(await tryMyAgenda(stranger, event.id))).toBe('FORBIDDEN');
  expect(errorCode(await tryAddToAgenda(undefined, sessions[0]!.id))).toBe('UNAUTHENTICATED');

  const booking = await confirmedBooking(holder, event.id, nextSeats(event));
  // Right after paying: the program may still be learning of the confirmation, and waits for it.
  ok(await tryAddToAgenda(holder, sessions[1]!.id));
  ok(await tryAddToAgenda(holder, sessions[0]!.id));
  ok(await tryAddToAgenda(holder, sessions[0]!.id));
  expect(await agendaIds(holder)).toEqual([sessions[0]!.id, sessions[1]!.id]);
  expect(ok(await tryRemoveFromAgenda(holder, sessions[1]!.id)).removeFromAgenda).toBe(true);
  expect(ok(await tryRemoveFromAgenda(holder, sessions[1]!.id)).removeFromAgenda).toBe(false);
  expect(await agendaIds(holder)).toEqual([sessions[0]!.id]);

  expect(errorCode(await tryCancelBooking(holder, booking.id))).toBeUndefined();
  await eventually(async () => expect(errorCode(await tryMyAgenda(holder, event.id))).toBe('FORBIDDEN'));
  expect(await queryDatabase('program', `select 1 from agenda_entry where user_id = $1`, [holder.id])).toEqual([]);
});

it('publishes moves, room changes and removals of a published session, naming who had it on their agenda', async () => {
  const holder = await registerUser();
  await confirmedBooking(holder, event.id, nextSeats(event));
  const session = await addSession(cast.organizer, event.id, sessionInput(event, 120, 150, { room: 'Two' }));
  ok(await tryAddToAgenda(holder, session.id));

  ok(await tryUpdateSession(cast.organizer, session.id, { title: 'Renamed only' }));
  ok(await tryUpdateSession(cast.organizer, session.id, { room: 'Three' }));
  ok(await tryUpdateSession(cast.organizer, session.id, sessionInput(event, 130, 160, { title: undefined })));
  expect(ok(await tryRemoveSession(cast.organizer, session.id)).removeSession).toBe(true);

  const facts = await sessionFacts(session.id);
  expect(facts.map((fact) => fact.type)).toEqual(['SessionRoomChanged', 'SessionMoved', 'SessionRemoved']);
  expect(facts[0]!.payload).toMatchObject({ room: 'Three', previous: { room: 'Two' }, agendaUserIds: [holder.id] });
  expect(facts.every((fact) => fact.payload.agendaUserIds.includes(holder.id))).toBe(true);
  expect(await agendaIds(holder)).toEqual([]);
});
