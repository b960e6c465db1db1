import { request } from './graphql-client.js';

const SPEAKERS = [
  { name: 'Ada Conductor', company: 'Springfield Philharmonic', bio: 'Has conducted the season opener for ten years.' },
  { name: 'Ben Baritone', company: 'City Opera', bio: 'Sings the lead in tonight’s second act.' },
  { name: 'Cleo Composer', company: null, bio: 'Wrote the new overture premiered tonight.' },
];

/** Sessions as minutes after the event starts, in two rooms; speakers by index in SPEAKERS. */
const SESSIONS = [
  { title: 'Welcome and overture', room: 'Main Stage', track: 'Performance', from: 0, to: 45, speakers: [0] },
  { title: 'Backstage tour', room: 'Studio', track: 'Behind the scenes', from: 0, to: 45, speakers: [1] },
  { title: 'Headline set', room: 'Main Stage', track: 'Performance', from: 60, to: 120, speakers: [0, 2] },
  { title: 'Meet the baritone', room: 'Studio', track: 'Talks', from: 60, to: 105, speakers: [1] },
];

/**
 * The demo event's program: two rooms, four sessions, three speakers, added through the public
 * API by its organizer. Sessions the event has already (by title) stay as they are, and their
 * speakers are reused, so a run cut short is finished by the next one.
 */
export async function seedDemoProgram(url: string, organizerToken: string, eventId: string): Promise<void> {
  const { event } = await request(url, `query($id: ID!) { event(id: $id) { startsAt sessions { title } speakers { id name } } }`, { id: eventId }, organizerToken);
  const added = new Set((event.sessions as Array<{ title: string }>).map((session) => session.title));
  const missing = SESSIONS.filter((session) => !added.has(session.title));
  if (missing.length === 0) return;
  const known = new Map((event.speakers as Array<{ id: string; name: string }>).map((speaker) => [speaker.name, speaker.id]));
  const speakerIds: string[] = [];
  for (const input of SPEAKERS) {
    speakerIds.push(known.get(input.name) ?? (await request(url, `mutation($input: CreateSpeakerInput!) { createSpeaker(input: $input) { id } }`, { input }, organizerToken)).createSpeaker.id);
  }
  const start = new Date(event.startsAt).getTime();
  const at = (minutes: number) => new Date(start + minutes * 60_000).toISOString();
  for (const { from, to, speakers, ...session } of missing) {
    await request(
      url,
      `mutation($eventId: ID!, $input: AddSessionInput!) { addSession(eventId: $eventId, input: $input) { id } }`,
      { eventId, input: { ...session, startsAt: at(from), endsAt: at(to), speakerIds: speakers.map((index) => speakerIds[index]) } },
      organizerToken,
    );
  }
}
