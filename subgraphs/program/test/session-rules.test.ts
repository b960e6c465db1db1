import {
  addSession,
  createSpeaker,
  createVenue,
  draftEvent,
  errorCode,
  hoursFromNow,
  queryDatabase,
  registerCast,
  sessionInput,
  tryAddSession,
  tryUpdateSession,
  type TestUser,
} from '../../../test/support/index.js';

let organizer: TestUser;
let otherOrganizer: TestUser;
let admin: TestUser;
let venue: Awaited<ReturnType<typeof createVenue>>;

beforeAll(async () => {
  ({ organizer, otherOrganizer, admin } = await registerCast());
  venue = await createVenue(organizer);
});

/** A draft event of `organizer` lasting three hours, `startHours` from now. */
const threeHourEvent = (startHours = 24) => draftEvent(organizer, venue, { startsAt: hoursFromNow(startHours), endsAt: hoursFromNow(startHours + 3) });

/** Pairs of sessions of one speaker (or room) whose times overlap; none may exist. */
async function overlappingSpeakerRows(speakerId: string): Promise<number> {
  const [row] = await queryDatabase<{ count: string }>(
    'program',
    `select count(*) from session_speaker a join session_speaker b
       on a.speaker_id = b.speaker_id and a.session_id < b.session_id and tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)
     where a.speaker_id = $1`,
    [speakerId],
  );
  return Number(row!.count);
}

describe('a speaker is never in two overlapping sessions', () => {
  it('even when ten addSession calls in five events race for one speaker', async () => {
    const events = await Promise.all([0, 1, 2, 3, 4].map(() => threeHourEvent()));
    const speaker = await createSpeaker(organizer);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => {
        const event = events[i % events.length]!;
        return tryAddSession(organizer, event.id, sessionInput(event, i * 5, i * 5 + 60, { room: `Room ${i}`, speakerIds: [speaker.id] }));
      }),
    );
    const added = results.filter((result) => !result.errors);
    expect(added).toHaveLength(1);
    for (const refused of results.filter((result) => result.errors)) {
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors![0]!.extensions!.fields).toEqual(['speakerIds']);
    }
    expect(await overlappingSpeakerRows(speaker.id)).toBe(0);
  });

  it('across events, while back-to-back sessions are fine', async () => {
    const [first, second] = [await threeHourEvent(48), await threeHourEvent(48)];
    const speaker = await createSpeaker(organizer);
    await addSession(organizer, first.id, sessionInput(first, 0, 60, { speakerIds: [speaker.id] }));
    const clash = await tryAddSession(organizer, second.id, sessionInput(second, 30, 90, { speakerIds: [speaker.id] }));
    expect(errorCode(clash)).toBe('BAD_USER_INPUT');
    expect(clash.errors![0]!.extensions!.fields).toEqual(['speakerIds']);
    await addSession(organizer, second.id, sessionInput(second, 60, 120, { speakerIds: [speaker.id] }));
  });

  it('when a session is moved onto another of its speakers', async () => {
    const event = await threeHourEvent(72);
    const speaker = await createSpeaker(organizer);
    await addSession(organizer, event.id, sessionInput(event, 0, 60, { speakerIds: [speaker.id] }));
    const later = await addSession(organizer, event.id, sessionInput(event, 60, 120, { speakerIds: [speaker.id] }));
    const moved = await tryUpdateSession(organizer, later.id, { startsAt: sessionInput(event, 30, 90).startsAt });
    expect(moved.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['speakerIds'] });
    expect(await overlappingSpeakerRows(speaker.id)).toBe(0);
  });
});

describe('a room holds one session of an event at a time', () => {
  it('even when ten addSession calls race for it', async () => {
    const event = await threeHourEvent(96);
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => tryAddSession(organizer, event.id, sessionInput(event, i * 3, i * 3 + 45, { room: 'Hall A' }))));
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    for (const refused of results.filter((result) => result.errors)) {
      expect(refused.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['room'] });
    }
    // Another room, or the same room in another event, is free.
    await addSession(organizer, event.id, sessionInput(event, 0, 45, { room: 'Hall B' }));
    const other = await threeHourEvent(96);
    await addSession(organizer, other.id, sessionInput(other, 0, 45, { room: 'Hall A' }));
  });
});

describe('the other rules of addSession', () => {
  it("keeps a session within its event's times, after its start", async () => {
    const event = await threeHourEvent(120);
    const before = await tryAddSession(organizer, event.id, sessionInput(event, -30, 30));
    expect(before.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['startsAt'] });
    const after = await tryAddSession(organizer, event.id, sessionInput(event, 150, 200));
    expect(after.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['endsAt'] });
    const backwards = await tryAddSession(organizer, event.id, sessionInput(event, 60, 30));
    expect(backwards.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['endsAt'] });
  });

  it('names unknown speakers and empty titles', async () => {
    const event = await threeHourEvent(120);
    const speaker = await createSpeaker(organizer);
    const result = await tryAddSession(organizer, event.id, sessionInput(event, 0, 30, { title: ' ', speakerIds: [speaker.id, '00000000-0000-4000-8000-000000000000'] }));
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['title'] });
    const unknown = await tryAddSession(organizer, event.id, sessionInput(event, 0, 30, { speakerIds: [speaker.id, '00000000-0000-4000-8000-000000000000'] }));
    expect(unknown.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['speakerIds'], problems: [{ field: 'speakerIds[1]', message: 'is not a speaker' }] });
  });

  it("lets only the event's organizer or an admin change its program", async () => {
    const event = await threeHourEvent(120);
    expect(errorCode(await tryAddSession(otherOrganizer, event.id, sessionInput(event, 0, 30)))).toBe('FORBIDDEN');
    const session = await addSession(admin, event.id, sessionInput(event, 0, 30, { room: 'Annex', track: 'Keynotes' }));
    expect(session).toMatchObject({ room: 'Annex', track: 'Keynotes', event: { id: event.id }, speakers: [] });
  });
});
