import {
  createVenue,
  draftEvent,
  eventInput,
  gql,
  publishedEvent,
  tryCancelEvent,
  tryCreateEvent,
  tryPublishEvent,
  tryUpdateEvent,
  type TestUser,
} from '../support/index.js';
import type { Actors, MatrixRow } from './matrix.js';

/** A draft of the owner at a fresh venue of theirs: the fixture of every visibility row. */
async function ownersDraft(actors: Actors) {
  const venue = await createVenue(actors.owner);
  return { venue, draft: await draftEvent(actors.owner, venue) };
}

const onlyDrafts = (nodes: Array<{ status: string }>) => nodes.filter((node) => node.status === 'DRAFT');

export const rows: MatrixRow[] = [
  {
    operation: 'Query.event',
    async run(caller: TestUser | undefined, actors: Actors) {
      const { draft } = await ownersDraft(actors);
      return gql(`query($id: ID!) { event(id: $id) { id } }`, { id: draft.id }, caller?.token);
    },
    expected: { anonymous: 'null', customer: 'null', owner: 'ok', otherOrganizer: 'null', admin: 'ok' },
  },
  {
    operation: 'Query.events',
    async run(caller, actors) {
      const { venue } = await ownersDraft(actors);
      return gql(`query($venueId: ID!) { events(filter: { venueId: $venueId }) { nodes { id } } }`, { venueId: venue.id }, caller?.token);
    },
    expected: { anonymous: 'null', customer: 'null', owner: 'ok', otherOrganizer: 'null', admin: 'ok' },
    select: (data) => data.events.nodes,
  },
  {
    operation: 'Venue.events',
    async run(caller, actors) {
      const { venue } = await ownersDraft(actors);
      return gql(`query($id: ID!) { venue(id: $id) { events { nodes { id } } } }`, { id: venue.id }, caller?.token);
    },
    expected: { anonymous: 'null', customer: 'null', owner: 'ok', otherOrganizer: 'null', admin: 'ok' },
    select: (data) => data.venue.events.nodes,
  },
  {
    operation: 'User.organizedEvents',
    async run(caller, actors) {
      const { venue } = await ownersDraft(actors);
      const published = await publishedEvent(actors.owner, venue);
      return gql(
        `query($id: ID!) { event(id: $id) { organizer { organizedEvents(first: 100) { nodes { id status } } } } }`,
        { id: published.id },
        caller?.token,
      );
    },
    expected: { anonymous: 'null', customer: 'null', owner: 'ok', otherOrganizer: 'null', admin: 'ok' },
    select: (data) => onlyDrafts(data.event.organizer.organizedEvents.nodes),
  },
  {
    operation: 'Mutation.createEvent',
    async run(caller, actors) {
      return tryCreateEvent(caller, eventInput(await createVenue(actors.owner)));
    },
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'FORBIDDEN', owner: 'ok', otherOrganizer: 'FORBIDDEN', admin: 'ok' },
  },
  {
    operation: 'Mutation.updateEvent',
    async run(caller, actors) {
      const event = await publishedEvent(actors.owner, await createVenue(actors.owner));
      return tryUpdateEvent(caller, event.id, { title: 'Renamed' });
    },
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'FORBIDDEN', owner: 'ok', otherOrganizer: 'FORBIDDEN', admin: 'ok' },
  },
  {
    operation: 'Mutation.publishEvent',
    async run(caller, actors) {
      const { draft } = await ownersDraft(actors);
      return tryPublishEvent(caller, draft.id);
    },
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'FORBIDDEN', owner: 'ok', otherOrganizer: 'FORBIDDEN', admin: 'ok' },
  },
  {
    operation: 'Mutation.cancelEvent',
    async run(caller, actors) {
      const event = await publishedEvent(actors.owner, await createVenue(actors.owner));
      return tryCancelEvent(caller, event.id, 'matrix');
    },
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'FORBIDDEN', owner: 'ok', otherOrganizer: 'FORBIDDEN', admin: 'ok' },
  },
];
