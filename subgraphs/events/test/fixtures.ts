import { gql, gqlOk, loginAdmin, registerUser, type GraphQLResponse, type TestUser } from '../../../test/support/client.js';
import type { VenueFixture } from '../../../test/support/fixtures.js';

/** Event fixtures for the events tests, made through the gateway like a client would; venues come from test/support. */

export const EVENT_FIELDS = `id title description startsAt endsAt status currency cancellationReason createdAt updatedAt
  prices { section { id } priceCents } venue { id } organizer { id }`;

export const hoursFromNow = (hours: number): string => new Date(Date.now() + hours * 3_600_000).toISOString();

/** Sections for `createVenue`, one small row each. */
export const sectionsNamed = (...names: string[]) => names.map((name) => ({ name, rows: ['A'], seatsPerRow: 2 }));

/** A valid CreateEventInput at `venue`, every section priced, tomorrow evening. */
export function eventInput(venue: VenueFixture, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Night at the opera',
    description: 'An evening of arias',
    venueId: venue.id,
    startsAt: hoursFromNow(24),
    endsAt: hoursFromNow(27),
    prices: venue.sections.map((section, index) => ({ sectionId: section.id, priceCents: 5000 - index * 1000 })),
    ...overrides,
  };
}

export const tryCreateEvent = (caller: TestUser | undefined, input: Record<string, unknown>): Promise<GraphQLResponse<any>> =>
  gql(`mutation($input: CreateEventInput!) { createEvent(input: $input) { ${EVENT_FIELDS} } }`, { input }, caller?.token);

export async function draftEvent(caller: TestUser, venue: VenueFixture, overrides: Record<string, unknown> = {}): Promise<any> {
  const result = await tryCreateEvent(caller, eventInput(venue, overrides));
  if (result.errors?.length) throw new Error(`createEvent failed: ${JSON.stringify(result.errors)}`);
  return result.data.createEvent;
}

export const tryUpdateEvent = (caller: TestUser | undefined, id: string, input: Record<string, unknown>) =>
  gql(`mutation($id: ID!, $input: UpdateEventInput!) { updateEvent(id: $id, input: $input) { ${EVENT_FIELDS} } }`, { id, input }, caller?.token);

export const tryPublishEvent = (caller: TestUser | undefined, id: string) =>
  gql(`mutation($id: ID!) { publishEvent(id: $id) { ${EVENT_FIELDS} } }`, { id }, caller?.token);

export const tryCancelEvent = (caller: TestUser | undefined, id: string, reason?: string) =>
  gql(`mutation($id: ID!, $reason: String) { cancelEvent(id: $id, reason: $reason) { ${EVENT_FIELDS} } }`, { id, reason }, caller?.token);

export async function publishedEvent(caller: TestUser, venue: VenueFixture, overrides: Record<string, unknown> = {}): Promise<any> {
  const event = await draftEvent(caller, venue, overrides);
  const result = await tryPublishEvent(caller, event.id);
  if (result.errors?.length) throw new Error(`publishEvent failed: ${JSON.stringify(result.errors)}`);
  return result.data.publishEvent;
}

export const fetchEvent = (caller: TestUser | undefined, id: string) =>
  gql(`query($id: ID!) { event(id: $id) { ${EVENT_FIELDS} } }`, { id }, caller?.token);

/** `events(filter)` as `caller`: ids in order, plus the connection's counts. */
export async function listEvents(caller: TestUser | undefined, filter: Record<string, unknown>, first?: number, after?: string) {
  const data = await gqlOk(
    `query($filter: EventFilter, $first: Int, $after: String) {
      events(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id status } }
    }`,
    { filter, first, after },
    caller?.token,
  );
  const { totalCount, pageInfo, nodes } = data.events;
  return { ids: nodes.map((node: { id: string }) => node.id) as string[], totalCount: totalCount as number, pageInfo };
}

/** The people most tests need: two organizers, a customer and the admin. */
export async function registerCast(): Promise<Record<'organizer' | 'otherOrganizer' | 'customer' | 'admin', TestUser>> {
  const [organizer, otherOrganizer, customer, admin] = await Promise.all([
    registerUser('ORGANIZER'),
    registerUser('ORGANIZER'),
    registerUser('CUSTOMER'),
    loginAdmin(),
  ]);
  return { organizer: organizer!, otherOrganizer: otherOrganizer!, customer: customer!, admin: admin! };
}
