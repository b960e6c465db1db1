import {
  createVenue,
  draftEvent,
  eventually,
  gqlOk,
  publishedEvent,
  queryDatabase,
  registerUser,
  tryCancelEvent,
  tryPublishEvent,
  tryUpdateEvent,
  type TestUser,
  type VenueFixture,
} from '../../../test/support/index.js';

/**
 * What events tells other subgraphs: each state change writes its Kafka event to the outbox in
 * the same transaction, carrying the whole EventFacts snapshot.
 */
let organizer: TestUser;
let venue: VenueFixture;

beforeAll(async () => {
  organizer = await registerUser('ORGANIZER');
  venue = await createVenue(organizer);
});

function outboxOf(eventId: string) {
  return queryDatabase<{ type: string; topic: string; payload: any }>('events', `select type, topic, payload from outbox_message where key = $1 order by position`, [eventId]);
}

const secondsFromNow = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();

it('records every state change with the full snapshot on events.event', async () => {
  const event = await draftEvent(organizer, venue, { currency: 'GBP' });
  await tryPublishEvent(organizer, event.id);
  await tryUpdateEvent(organizer, event.id, { title: 'Renamed' });
  await tryCancelEvent(organizer, event.id, 'Flooded');

  const messages = await outboxOf(event.id);
  expect(messages.map((m) => m.type)).toEqual(['EventCreated', 'EventPublished', 'EventUpdated', 'EventCancelled']);
  expect(new Set(messages.map((m) => m.topic))).toEqual(new Set(['events.event']));
  expect(messages.map((m) => [m.payload.status, m.payload.title])).toEqual([
    ['DRAFT', 'Night at the opera'],
    ['PUBLISHED', 'Night at the opera'],
    ['PUBLISHED', 'Renamed'],
    ['CANCELLED', 'Renamed'],
  ]);
  expect(messages[3]!.payload).toEqual({
    eventId: event.id,
    venueId: venue.id,
    organizerId: organizer.id,
    title: 'Renamed',
    status: 'CANCELLED',
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    currency: 'GBP',
    prices: event.prices.map((p: { section: { id: string }; priceCents: number }) => ({ sectionId: p.section.id, priceCents: p.priceCents })),
    cancellationReason: 'Flooded',
  });
});

it('records nothing for a refused change', async () => {
  const event = await draftEvent(organizer, venue, { prices: [] });
  await tryPublishEvent(organizer, event.id);
  await tryUpdateEvent(organizer, event.id, { title: ' ' });
  expect((await outboxOf(event.id)).map((m) => m.type)).toEqual(['EventCreated']);
});

it('completes published events once they have ended, and only those', async () => {
  const ending = await publishedEvent(organizer, venue, { startsAt: secondsFromNow(2), endsAt: secondsFromNow(3) });
  const later = await publishedEvent(organizer, venue);
  const draft = await draftEvent(organizer, venue, { startsAt: secondsFromNow(-3), endsAt: secondsFromNow(-2) });

  await eventually(async () => {
    const data = await gqlOk(`query($id: ID!) { event(id: $id) { status } }`, { id: ending.id });
    expect(data.event.status).toBe('COMPLETED');
  }, 15_000);
  expect((await outboxOf(ending.id)).map((m) => [m.type, m.payload.status])).toEqual([
    ['EventCreated', 'DRAFT'],
    ['EventPublished', 'PUBLISHED'],
    ['EventCompleted', 'COMPLETED'],
  ]);
  const others = await gqlOk(
    `query($later: ID!, $draft: ID!) { a: event(id: $later) { status } b: event(id: $draft) { status } }`,
    { later: later.id, draft: draft.id },
    organizer.token,
  );
  expect(others).toEqual({ a: { status: 'PUBLISHED' }, b: { status: 'DRAFT' } });
});
