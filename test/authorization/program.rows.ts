import {
  addSession,
  awaitPublicSession,
  confirmedBooking,
  createSpeaker,
  createVenue,
  draftEvent,
  gql,
  gqlOk,
  nextSeats,
  publishedEvent,
  sessionInput,
  SPEAKER_FIELDS,
  tryAddSession,
  tryAddToAgenda,
  tryCreateSpeaker,
  tryMyAgenda,
  tryRemoveFromAgenda,
  tryRemoveSession,
  trySession,
  tryUpdateSession,
  type EventFixture,
} from '../support/index.js';
import type { Actors, MatrixRow } from './matrix.js';
import { ownersEvent } from './matrix-event.js';

/** A draft of the owner with one session by one speaker: the fixture of every visibility row. */
async function ownersDraftProgram(actors: Actors) {
  const draft = await draftEvent(actors.owner, await createVenue(actors.owner));
  const speaker = await createSpeaker(actors.owner);
  const session = await addSession(actors.owner, draft.id, sessionInput(draft, 0, 30, { speakerIds: [speaker.id] }));
  return { draft, speaker, session };
}

/** The customer's confirmed booking per matrix event, made once. */
const bookings = new Map<string, Promise<unknown>>();

/** A new session of the owner's event on sale, for which the matrix customer holds a confirmed booking. */
async function sessionTheCustomerBooked(actors: Actors) {
  const event: EventFixture = await ownersEvent(actors);
  if (!bookings.has(event.id)) bookings.set(event.id, confirmedBooking(actors.customer, event.id, nextSeats(event)));
  await bookings.get(event.id);
  const { startsAt } = (await gqlOk(`query($id: ID!) { event(id: $id) { startsAt } }`, { id: event.id })).event;
  const session = await addSession(actors.owner, event.id, sessionInput({ id: event.id, startsAt }, 0, 30));
  await awaitPublicSession(session.id);
  return { eventId: event.id, session };
}

const ownerOnly = { anonymous: 'UNAUTHENTICATED', customer: 'FORBIDDEN', owner: 'ok', otherOrganizer: 'FORBIDDEN', admin: 'ok' } as const;
const draftVisibility = { anonymous: 'null', customer: 'null', owner: 'ok', otherOrganizer: 'null', admin: 'ok' } as const;
const everyone = { anonymous: 'ok', customer: 'ok', owner: 'ok', otherOrganizer: 'ok', admin: 'ok' } as const;
const bookedCustomerOnly = { anonymous: 'UNAUTHENTICATED', customer: 'ok', owner: 'FORBIDDEN', otherOrganizer: 'FORBIDDEN', admin: 'FORBIDDEN' } as const;

/** Program: speakers are public; sessions follow their event's visibility; agendas need a confirmed booking. */
export const rows: MatrixRow[] = [
  {
    operation: 'Query.session',
    async run(caller, actors) {
      return trySession(caller, (await ownersDraftProgram(actors)).session.id);
    },
    expected: draftVisibility,
  },
  {
    operation: 'Event.sessions',
    async run(caller, actors) {
      const { draft } = await ownersDraftProgram(actors);
      return gql(`query($id: ID!) { event(id: $id) { sessions { id } } }`, { id: draft.id }, caller?.token);
    },
    select: (data) => data.event?.sessions,
    expected: draftVisibility,
  },
  {
    operation: 'Event.speakers',
    async run(caller, actors) {
      const { draft } = await ownersDraftProgram(actors);
      return gql(`query($id: ID!) { event(id: $id) { speakers { id } } }`, { id: draft.id }, caller?.token);
    },
    select: (data) => data.event?.speakers,
    expected: draftVisibility,
  },
  {
    operation: 'Speaker.sessions',
    async run(caller, actors) {
      const { speaker } = await ownersDraftProgram(actors);
      return gql(`query($id: ID!) { speaker(id: $id) { sessions { id } } }`, { id: speaker.id }, caller?.token);
    },
    select: (data) => data.speaker.sessions,
    expected: draftVisibility,
  },
  {
    operation: 'Session.event and Session.speakers',
    async run(caller, actors) {
      const event = await publishedEvent(actors.owner, await createVenue(actors.owner));
      const speaker = await createSpeaker(actors.owner);
      const session = await addSession(actors.owner, event.id, sessionInput(event, 0, 30, { speakerIds: [speaker.id] }));
      await awaitPublicSession(session.id);
      return gql(`query($id: ID!) { session(id: $id) { event { id } speakers { id } } }`, { id: session.id }, caller?.token);
    },
    select: (data) => data.session?.event && data.session.speakers,
    expected: everyone,
  },
  {
    operation: 'Query.speaker',
    async run(caller, actors) {
      const speaker = await createSpeaker(actors.owner);
      return gql(`query($id: ID!) { speaker(id: $id) { ${SPEAKER_FIELDS} } }`, { id: speaker.id }, caller?.token);
    },
    expected: everyone,
  },
  {
    operation: 'Query.speakers',
    async run(caller, actors) {
      const speaker = await createSpeaker(actors.owner);
      return gql(`query($search: String) { speakers(search: $search) { totalCount nodes { id } } }`, { search: speaker.name }, caller?.token);
    },
    expected: everyone,
  },
  {
    operation: 'Mutation.createSpeaker',
    run: (caller) => tryCreateSpeaker(caller),
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'FORBIDDEN', owner: 'ok', otherOrganizer: 'ok', admin: 'ok' },
  },
  {
    operation: 'Mutation.updateSpeaker',
    async run(caller, actors) {
      const speaker = await createSpeaker(actors.owner);
      return gql(`mutation($id: ID!) { updateSpeaker(id: $id, input: { company: "Acme" }) { id company } }`, { id: speaker.id }, caller?.token);
    },
    expected: ownerOnly,
  },
  {
    operation: 'Mutation.addSession',
    async run(caller, actors) {
      const draft = await draftEvent(actors.owner, await createVenue(actors.owner));
      return tryAddSession(caller, draft.id, sessionInput(draft, 0, 30));
    },
    expected: ownerOnly,
  },
  {
    operation: 'Mutation.updateSession',
    async run(caller, actors) {
      return tryUpdateSession(caller, (await ownersDraftProgram(actors)).session.id, { title: 'Renamed' });
    },
    expected: ownerOnly,
  },
  {
    operation: 'Mutation.removeSession',
    async run(caller, actors) {
      return tryRemoveSession(caller, (await ownersDraftProgram(actors)).session.id);
    },
    expected: ownerOnly,
  },
  {
    operation: 'Mutation.addToAgenda',
    async run(caller, actors) {
      return tryAddToAgenda(caller, (await sessionTheCustomerBooked(actors)).session.id);
    },
    expected: bookedCustomerOnly,
  },
  {
    operation: 'Mutation.removeFromAgenda',
    async run(caller, actors) {
      const { session } = await sessionTheCustomerBooked(actors);
      await tryAddToAgenda(actors.customer, session.id);
      return tryRemoveFromAgenda(caller, session.id);
    },
    expected: bookedCustomerOnly,
  },
  {
    operation: 'Query.myAgenda',
    async run(caller, actors) {
      const { eventId, session } = await sessionTheCustomerBooked(actors);
      await tryAddToAgenda(actors.customer, session.id);
      return tryMyAgenda(caller, eventId);
    },
    expected: bookedCustomerOnly,
  },
];
