import { randomUUID } from 'node:crypto';
import {
  addSession,
  createSpeaker,
  createVenue,
  draftEvent,
  hoursFromNow,
  loginAdmin,
  registerUser,
  sessionInput,
  taggedEventsStatements,
  type TestUser,
  type VenueFixture,
} from '../../../test/support/index.js';

const SUBGRAPHS = ['events', 'venues', 'program'] as const;

/** Events with their venue, their sessions with the sessions' speakers, and the events' speakers. */
const PROGRAMS = `query($filter: EventFilter) {
  events(filter: $filter, first: 10) {
    nodes {
      venue { name }
      sessions { title room speakers { name } }
      speakers { name company }
    }
  }
}`;

let admin: TestUser;
let organizer: TestUser;
let venue: VenueFixture;

/** `count` events tagged with a fresh tag, each with two sessions and two speakers of its own. */
async function programsTagged(count: number): Promise<string> {
  const tag = randomUUID();
  for (let i = 0; i < count; i++) {
    const event = await draftEvent(organizer, venue, { title: `Festival ${tag} #${i}`, startsAt: hoursFromNow(200 + i * 4), endsAt: hoursFromNow(203 + i * 4) });
    const [first, second] = [await createSpeaker(organizer), await createSpeaker(organizer)];
    await addSession(organizer, event.id, sessionInput(event, 0, 30, { room: 'A', speakerIds: [first.id, second.id] }));
    await addSession(organizer, event.id, sessionInput(event, 60, 90, { room: 'A', speakerIds: [second.id] }));
  }
  return tag;
}

/** SQL statements each subgraph runs for the programs of the `count` events tagged `tag`, each with its two sessions. */
function statementsFor(tag: string, count: number) {
  const check = (events: any[]) => events.forEach((event) => expect(event.sessions).toHaveLength(2));
  return taggedEventsStatements(SUBGRAPHS, { query: PROGRAMS, tag, token: admin.token, count, check });
}

beforeAll(async () => {
  [admin, organizer] = await Promise.all([loginAdmin(), registerUser('ORGANIZER')]);
  venue = await createVenue(organizer);
});

it('runs as many SQL statements per subgraph for the programs of 8 events as for 2', async () => {
  const [two, eight] = [await programsTagged(2), await programsTagged(8)];
  const small = await statementsFor(two, 2);
  const large = await statementsFor(eight, 8);
  expect(large).toEqual(small);
  // Batched: the events' projection rows, their sessions, the sessions' speaker rows, the speakers.
  expect(small.program).toBeLessThanOrEqual(4);
});
