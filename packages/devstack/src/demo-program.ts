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
 * API by its organizer. An event that already has sessions is left as it is.
 */
export async function seedDemoProgram(url: string, organizerToken: string, eventId: string): Promise<void> {
  const { event } = await request(url, `query($id: ID!) { event(id: $id) { startsAt sessions { id } } }`, { id: eventId }, organizerToken);
  if (event.sessions.length > 0) return;
  const speakerIds: string[] = [];
  for (const input of SPEAKERS) {
    const data = await request(url, `mutation($input: CreateSpeakerInput!) { createSpeaker(input: $input) { id } }`, { input }, organizerToken);
    speakerIds.push(data.createSpeaker.id);
  }
  const start = new Date(event.startsAt).getTime();
  const at = (minutes: number) => new Date(start + minutes * 60_000).toISOString();
  for (const { from, to, speakers, ...session } of SESSIONS) {
    await request(
      url,
      `mutation($eventId: ID!, $input: AddSessionInput!) { addSession(eventId: $eventId, input: $input) { id } }`,
      { eventId, input: { ...session, startsAt: at(from), endsAt: at(to), speakerIds: speakers.map((index) => speakerIds[index]) } },
      organizerToken,
    );
  }
}
