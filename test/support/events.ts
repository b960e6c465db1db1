import { eventually } from './eventually.js';
import { gql, gqlOk, type GraphQLResponse } from './client.js';
import type { TestUser } from './users.js';
import { createVenue, uniqueToken, type SectionInput, type VenueFixture } from './venues.js';

export const EVENT_FIELDS = `id title description startsAt endsAt status currency cancellationReason createdAt updatedAt
  prices { section { id } priceCents } venue { id } organizer { id }`;

/** What `eventOnSale` charges a seat unless told otherwise. */
export const PRICE_CENTS = 2500;

export const hoursFromNow = (hours: number): string => new Date(Date.now() + hours * 3_600_000).toISOString();

/** A valid CreateEventInput at `venue`, every section priced, tomorrow evening. */
export function eventInput(venue: Pick<VenueFixture, 'id' | 'sections'>, overrides: Record<string, unknown> = {}): Record<string, unknown> {
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

export const tryUpdateEvent = (caller: TestUser | undefined, id: string, input: Record<string, unknown>) =>
  gql(`mutation($id: ID!, $input: UpdateEventInput!) { updateEvent(id: $id, input: $input) { ${EVENT_FIELDS} } }`, { id, input }, caller?.token);

export const tryPublishEvent = (caller: TestUser | undefined, id: string) =>
  gql(`mutation($id: ID!) { publishEvent(id: $id) { ${EVENT_FIELDS} } }`, { id }, caller?.token);

export const tryCancelEvent = (caller: TestUser | undefined, id: string, reason?: string) =>
  gql(`mutation($id: ID!, $reason: String) { cancelEvent(id: $id, reason: $reason) { ${EVENT_FIELDS} } }`, { id, reason }, caller?.token);

export const fetchEvent = (caller: TestUser | undefined, id: string) =>
  gql(`query($id: ID!) { event(id: $id) { ${EVENT_FIELDS} } }`, { id }, caller?.token);

/** A DRAFT event: `eventInput(venue, overrides)`. */
export async function draftEvent(caller: TestUser, venue: Pick<VenueFixture, 'id' | 'sections'>, overrides: Record<string, unknown> = {}): Promise<any> {
  const result = await tryCreateEvent(caller, eventInput(venue, overrides));
  if (result.errors?.length) throw new Error(`createEvent failed: ${JSON.stringify(result.errors)}`);
  return result.data.createEvent;
}

/** A PUBLISHED event: `eventInput(venue, overrides)`, then published. */
export async function publishedEvent(caller: TestUser, venue: Pick<VenueFixture, 'id' | 'sections'>, overrides: Record<string, unknown> = {}): Promise<any> {
  const event = await draftEvent(caller, venue, overrides);
  const result = await tryPublishEvent(caller, event.id);
  if (result.errors?.length) throw new Error(`publishEvent failed: ${JSON.stringify(result.errors)}`);
  return result.data.publishEvent;
}

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

/** A published event together with its whole venue. */
export interface EventFixture {
  id: string;
  title: string;
  venue: VenueFixture;
}

/** Waits until bookings has the event's seat inventory (it arrives over Kafka). */
export async function awaitSeatInventory(event: EventFixture): Promise<void> {
  const seats = event.venue.sections.reduce((sum, section) => sum + section.seats.length, 0);
  await eventually(async () => {
    const data = await gqlOk(`query($id: ID!) { seatAvailability(eventId: $id) { total } }`, { id: event.id });
    if (data.seatAvailability.total !== seats) throw new Error(`bookings knows ${data.seatAvailability.total} of ${seats} seats`);
  }, 20_000);
}

export interface OnSaleOptions {
  /** The venue's sections; default: `venueInput`'s 14 seats. */
  sections?: SectionInput[];
  /** Cents per seat, per section in order; a section without one costs PRICE_CENTS. */
  prices?: number[];
  /** Default: the API's (USD). */
  currency?: string;
}

/** A published event at a new venue of `organizer`, whose seats bookings already knows. */
export async function eventOnSale(organizer: TestUser, { sections, prices = [], currency }: OnSaleOptions = {}): Promise<EventFixture> {
  const venue = await createVenue(organizer, sections ? { sections } : {});
  const published = await publishedEvent(organizer, venue, {
    title: `Show ${uniqueToken()}`,
    prices: venue.sections.map((section, index) => ({ sectionId: section.id, priceCents: prices[index] ?? PRICE_CENTS })),
    ...(currency ? { currency } : {}),
  });
  const event = { id: published.id as string, title: published.title as string, venue };
  await awaitSeatInventory(event);
  return event;
}
