import {
  addSession,
  createSpeaker,
  createVenue,
  draftEvent,
  errorCode,
  eventually,
  fetchEvent,
  gqlOk,
  hoursFromNow,
  ok,
  registerCast,
  sessionInput,
  tryCancelEvent,
  tryAddSession,
  tryEventProgram,
  tryPublishEvent,
  tryRemoveSession,
  trySession,
  tryUpdateSession,
  type TestUser,
} from '../../../test/support/index.js';

let cast: Awaited<ReturnType<typeof registerCast>>;
let organizer: TestUser;

beforeAll(async () => {
  cast = await registerCast();
  organizer = cast.organizer;
});

async function eventWithProgram() {
  const venue = await createVenue(organizer);
  const event = await draftEvent(organizer, venue, { startsAt: hoursFromNow(24), endsAt: hoursFromNow(27) });
  const [zoe, adam] = [await createSpeaker(organizer, { name: 'Zoe Zed' }), await createSpeaker(organizer, { name: 'Adam Ant' })];
  const late = await addSession(organizer, event.id, sessionInput(event, 60, 120, { room: 'Main', speakerIds: [zoe.id, adam.id] }));
  const early = await addSession(organizer, event.id, sessionInput(event, 0, 45, { room: 'Main', speakerIds: [zoe.id] }));
  return { event, early, late, speakers: { zoe, adam } };
}

const speakerSessions = async (caller: TestUser | undefined, speakerId: string): Promise<string[]> =>
  (await gqlOk(`query($id: ID!) { speaker(id: $id) { sessions { id } } }`, { id: speakerId }, caller?.token)).speaker.sessions.map((s: { id: string }) => s.id);

it("shows a draft's program to its organizer and admins only, and to everyone once published", async () => {
  const { event, early, late, speakers } = await eventWithProgram();
  for (const viewer of [organizer, cast.admin]) {
    const program = (await tryEventProgram(viewer, event.id)).data!.event;
    expect(program.sessions.map((s: { id: string }) => s.id)).toEqual([early.id, late.id]);
    expect(program.speakers.map((s: { name: string }) => s.name)).toEqual(['Adam Ant', 'Zoe Zed']);
    expect((await trySession(viewer, early.id)).data!.session.id).toBe(early.id);
    expect(await speakerSessions(viewer, speakers.zoe.id)).toEqual([early.id, late.id]);
  }
  for (const viewer of [undefined, cast.customer, cast.otherOrganizer]) {
    expect((await trySession(viewer, early.id)).data!.session).toBeNull();
    expect(await speakerSessions(viewer, speakers.zoe.id)).toEqual([]);
  }

  expect(errorCode(await tryPublishEvent(organizer, event.id))).toBeUndefined();
  await eventually(async () => expect((await trySession(undefined, early.id)).data!.session.id).toBe(early.id));
  expect((await tryEventProgram(cast.customer, event.id)).data!.event.sessions).toHaveLength(2);
  expect(await speakerSessions(undefined, speakers.zoe.id)).toEqual([early.id, late.id]);
});

it('leaves the program of a cancelled event read-only', async () => {
  const { event, early } = await eventWithProgram();
  expect(errorCode(await tryCancelEvent(organizer, event.id, 'storm'))).toBeUndefined();
  // An unchanged title: refused once the program has learnt of the cancellation, harmless before.
  await eventually(async () => expect(errorCode(await tryUpdateSession(organizer, early.id, { title: early.title }))).toBe('INVALID_STATE'));
  expect(errorCode(await tryUpdateSession(cast.admin, early.id, { title: 'Renamed' }))).toBe('INVALID_STATE');
  expect(errorCode(await tryAddSession(organizer, event.id, sessionInput(event, 150, 170)))).toBe('INVALID_STATE');
  expect(errorCode(await tryRemoveSession(cast.admin, early.id))).toBe('INVALID_STATE');
  expect((await trySession(cast.customer, early.id)).data!.session.title).toBe(early.title);
});

it('leaves the program of a completed event read-only', async () => {
  const venue = await createVenue(organizer);
  // Publishing needs a start still to come, completion an end that has passed: a one-second event, soon.
  const startsAt = new Date(Date.now() + 10_000);
  const event = await draftEvent(organizer, venue, { startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 1_000).toISOString() });
  const session = await addSession(organizer, event.id, { title: 'Lightning talk', startsAt: event.startsAt, endsAt: event.endsAt, room: 'Main' });
  ok(await tryPublishEvent(organizer, event.id));
  await eventually(async () => expect((await fetchEvent(organizer, event.id)).data!.event.status).toBe('COMPLETED'), 45_000, 250);

  // An unchanged title: refused once the program has learnt of the completion, harmless before.
  const refused = await eventually(async () => {
    const result = await tryUpdateSession(organizer, session.id, { title: session.title });
    expect(errorCode(result)).toBe('INVALID_STATE');
    return result;
  });
  expect(refused.errors![0]!.message).toMatch(/COMPLETED/);
  expect(errorCode(await tryUpdateSession(cast.admin, session.id, { room: 'Annex' }))).toBe('INVALID_STATE');
  expect(errorCode(await tryAddSession(organizer, event.id, { title: 'Encore', startsAt: event.startsAt, endsAt: event.endsAt, room: 'Annex' }))).toBe('INVALID_STATE');
  expect(errorCode(await tryRemoveSession(cast.admin, session.id))).toBe('INVALID_STATE');
  expect((await trySession(cast.customer, session.id)).data!.session).toMatchObject({ title: 'Lightning talk', room: 'Main' });
}, 90_000);
