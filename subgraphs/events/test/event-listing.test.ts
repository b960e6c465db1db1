import { randomUUID } from 'node:crypto';
import {
  createVenue,
  draftEvent,
  errorCode,
  fetchEvent,
  gql,
  gqlOk,
  hoursFromNow,
  listEvents,
  publishedEvent,
  registerCast,
  tryCancelEvent,
  type TestUser,
  type VenueFixture,
} from '../../../test/support/index.js';

let organizer: TestUser, otherOrganizer: TestUser, customer: TestUser, admin: TestUser;

beforeAll(async () => {
  ({ organizer, otherOrganizer, customer, admin } = await registerCast());
});

describe('visibility', () => {
  let draft: any;
  let published: any;
  let cancelled: any;
  let otherVenue: VenueFixture;

  beforeAll(async () => {
    otherVenue = await createVenue(organizer);
    draft = await draftEvent(organizer, otherVenue, { startsAt: hoursFromNow(10), endsAt: hoursFromNow(11) });
    published = await publishedEvent(organizer, otherVenue, { startsAt: hoursFromNow(20), endsAt: hoursFromNow(21) });
    cancelled = await publishedEvent(organizer, otherVenue, { startsAt: hoursFromNow(30), endsAt: hoursFromNow(31) });
    await tryCancelEvent(organizer, cancelled.id, 'rain');
  });

  it('shows a draft by id only to its organizer and admins', async () => {
    expect((await fetchEvent(organizer, draft.id)).data.event.id).toBe(draft.id);
    expect((await fetchEvent(admin, draft.id)).data.event.id).toBe(draft.id);
    for (const caller of [undefined, customer, otherOrganizer]) {
      const result = await fetchEvent(caller, draft.id);
      expect(result.errors).toBeUndefined();
      expect(result.data.event).toBeNull();
    }
  });

  it('shows published and cancelled events to everyone', async () => {
    for (const caller of [undefined, customer, otherOrganizer]) {
      expect((await fetchEvent(caller, published.id)).data.event.status).toBe('PUBLISHED');
      expect((await fetchEvent(caller, cancelled.id)).data.event.status).toBe('CANCELLED');
    }
  });

  it('answers null for unknown ids and for strings that are not ids', async () => {
    expect((await fetchEvent(undefined, randomUUID())).data.event).toBeNull();
    const malformed = await fetchEvent(undefined, 'not-an-id');
    expect(malformed.errors).toBeUndefined();
    expect(malformed.data.event).toBeNull();
  });

  it('leaves drafts out of lists for anonymous callers, customers and other organizers', async () => {
    for (const caller of [undefined, customer, otherOrganizer]) {
      expect(await listEvents(caller, { venueId: otherVenue.id })).toMatchObject({ ids: [published.id, cancelled.id], totalCount: 2 });
      expect((await listEvents(caller, { venueId: otherVenue.id, status: 'DRAFT' })).totalCount).toBe(0);
    }
    for (const caller of [organizer, admin]) {
      expect(await listEvents(caller, { venueId: otherVenue.id })).toMatchObject({ ids: [draft.id, published.id, cancelled.id], totalCount: 3 });
    }
  });

  it('applies the same rule to Venue.events and User.organizedEvents', async () => {
    const venueEvents = `query($id: ID!) { venue(id: $id) { events { totalCount nodes { id } } } }`;
    const anonymousView = await gqlOk(venueEvents, { id: otherVenue.id });
    expect(anonymousView.venue.events.nodes.map((e: { id: string }) => e.id)).toEqual([published.id, cancelled.id]);
    const ownerView = await gqlOk(venueEvents, { id: otherVenue.id }, organizer.token);
    expect(ownerView.venue.events.totalCount).toBe(3);

    const byStatus = await gqlOk(`query($id: ID!) { venue(id: $id) { events(status: CANCELLED) { nodes { id } } } }`, { id: otherVenue.id });
    expect(byStatus.venue.events.nodes).toEqual([{ id: cancelled.id }]);

    const organized = `query($id: ID!) { event(id: $id) { organizer { organizedEvents(first: 100) { totalCount nodes { id } } } } }`;
    const othersSee = (await gqlOk(organized, { id: published.id }, customer.token)).event.organizer.organizedEvents;
    const ownerSees = (await gqlOk(`{ me { organizedEvents(first: 100) { totalCount nodes { id } } } }`, {}, organizer.token)).me.organizedEvents;
    const othersIds = othersSee.nodes.map((e: { id: string }) => e.id);
    const ownerIds = ownerSees.nodes.map((e: { id: string }) => e.id);
    expect(othersIds).toEqual(expect.arrayContaining([published.id, cancelled.id]));
    expect(othersIds).not.toContain(draft.id);
    expect(ownerIds).toEqual(expect.arrayContaining([draft.id, published.id, cancelled.id]));
    expect(ownerSees.totalCount).toBe(othersSee.totalCount + ownerIds.length - othersIds.length);
  });
});

describe('filters', () => {
  let filterVenue: VenueFixture;
  const tag = randomUUID().slice(0, 8);
  let early: any;
  let middle: any;
  let late: any;
  let byOther: any;

  beforeAll(async () => {
    filterVenue = await createVenue(organizer);
    early = await publishedEvent(organizer, filterVenue, {
      title: `Jazz ${tag} brunch`,
      startsAt: hoursFromNow(100),
      endsAt: hoursFromNow(101),
    });
    middle = await draftEvent(organizer, filterVenue, {
      title: 'Quiet evening',
      description: `featuring JAZZ-${tag.toUpperCase()} standards at 100% volume`,
      startsAt: hoursFromNow(200),
      endsAt: hoursFromNow(201),
    });
    late = await publishedEvent(organizer, filterVenue, { title: 'Rock night', startsAt: hoursFromNow(300), endsAt: hoursFromNow(301) });
    byOther = await publishedEvent(admin, filterVenue, { title: `Admin ${tag}`, startsAt: hoursFromNow(250), endsAt: hoursFromNow(251) });
  });

  it('filters by venue, ordered by start', async () => {
    expect((await listEvents(admin, { venueId: filterVenue.id })).ids).toEqual([early.id, middle.id, byOther.id, late.id]);
  });

  it('filters by status and by organizer', async () => {
    expect((await listEvents(admin, { venueId: filterVenue.id, status: 'PUBLISHED' })).ids).toEqual([early.id, byOther.id, late.id]);
    expect((await listEvents(admin, { venueId: filterVenue.id, status: 'DRAFT' })).ids).toEqual([middle.id]);
    expect((await listEvents(admin, { venueId: filterVenue.id, organizerId: admin.id })).ids).toEqual([byOther.id]);
    expect((await listEvents(undefined, { organizerId: organizer.id, venueId: filterVenue.id })).ids).toEqual([early.id, late.id]);
  });

  it('filters by start time: startsAfter inclusive, startsBefore exclusive', async () => {
    const range = { venueId: filterVenue.id, startsAfter: middle.startsAt, startsBefore: late.startsAt };
    expect((await listEvents(admin, range)).ids).toEqual([middle.id, byOther.id]);
  });

  it('searches title and description case-insensitively', async () => {
    expect((await listEvents(admin, { search: `jazz ${tag.toUpperCase()}` })).ids).toEqual([early.id]);
    expect((await listEvents(admin, { search: `Jazz-${tag}` })).ids).toEqual([middle.id]);
    expect((await listEvents(admin, { search: tag })).ids).toEqual([early.id, middle.id, byOther.id]);
    expect((await listEvents(undefined, { search: tag })).ids).toEqual([early.id, byOther.id]);
  });

  it('treats % and _ in a search literally', async () => {
    expect((await listEvents(admin, { venueId: filterVenue.id, search: '100%' })).ids).toEqual([middle.id]);
    expect((await listEvents(admin, { venueId: filterVenue.id, search: '%' })).ids).toEqual([middle.id]);
    expect((await listEvents(admin, { venueId: filterVenue.id, search: '_' })).ids).toEqual([]);
  });

  it('rejects malformed filter ids', async () => {
    const result = await gql(`{ events(filter: { venueId: "nope" }) { totalCount } }`);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fields).toEqual(['venueId']);
  });
});

describe('pagination', () => {
  let pageVenue: VenueFixture;
  let ids: string[];

  beforeAll(async () => {
    pageVenue = await createVenue(organizer);
    const sameStart = { startsAt: hoursFromNow(400), endsAt: hoursFromNow(401) };
    const events = await Promise.all([
      draftEvent(organizer, pageVenue, sameStart),
      draftEvent(organizer, pageVenue, sameStart),
      draftEvent(organizer, pageVenue, sameStart),
      draftEvent(organizer, pageVenue, { startsAt: hoursFromNow(399), endsAt: hoursFromNow(401) }),
      draftEvent(organizer, pageVenue, { startsAt: hoursFromNow(402), endsAt: hoursFromNow(403) }),
    ]);
    // Ordered by start, then id for events that start together.
    const [a, b, c, earliest, latest] = events.map((e) => e.id as string);
    ids = [earliest!, ...[a!, b!, c!].sort(), latest!];
  });

  it('walks every page with cursors, in start-then-id order, with totalCount', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 3; page++) {
      const result = await listEvents(organizer, { venueId: pageVenue.id }, 2, after);
      expect(result.totalCount).toBe(5);
      expect(result.pageInfo.hasNextPage).toBe(page < 2);
      seen.push(...result.ids);
      after = result.pageInfo.endCursor;
    }
    expect(seen).toEqual(ids);
  });

  it('defaults to 20 per page and rejects bad page arguments', async () => {
    expect((await listEvents(organizer, { venueId: pageVenue.id })).ids).toHaveLength(5);
    expect(errorCode(await gql(`{ events(first: 101) { totalCount } }`))).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql(`{ events(first: -1) { totalCount } }`))).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql(`{ events(after: "garbage") { totalCount } }`))).toBe('BAD_USER_INPUT');
  });

  it('paginates Venue.events the same way', async () => {
    const query = `query($id: ID!, $after: String) { venue(id: $id) { events(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } } }`;
    const first = (await gqlOk(query, { id: pageVenue.id }, organizer.token)).venue.events;
    const second = (await gqlOk(query, { id: pageVenue.id, after: first.pageInfo.endCursor }, organizer.token)).venue.events;
    expect([...first.nodes, ...second.nodes].map((e: { id: string }) => e.id)).toEqual(ids);
    expect([first.totalCount, first.pageInfo.hasNextPage, second.pageInfo.hasNextPage]).toEqual([5, true, false]);
  });
});
