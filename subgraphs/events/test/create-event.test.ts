import { randomUUID } from 'node:crypto';
import {
  createVenue,
  errorCode,
  eventInput,
  gql,
  hoursFromNow,
  registerCast,
  sectionsNamed,
  tryCreateEvent,
  type TestUser,
  type VenueFixture,
} from '../../../test/support/index.js';

let organizer: TestUser, otherOrganizer: TestUser, customer: TestUser, admin: TestUser;
let venue: VenueFixture;
let otherVenue: VenueFixture;

beforeAll(async () => {
  ({ organizer, otherOrganizer, customer, admin } = await registerCast());
  [venue, otherVenue] = await Promise.all([createVenue(organizer), createVenue(otherOrganizer, { sections: sectionsNamed('Pit') })]);
});

const fieldsOf = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.fields;

describe('createEvent', () => {
  it('creates a DRAFT event organized by the caller, right after the venue was created', async () => {
    const freshVenue = await createVenue(organizer, { sections: sectionsNamed('Stalls', 'Circle', 'Gallery') });
    const input = eventInput(freshVenue, { currency: 'EUR' });
    const result = await tryCreateEvent(organizer, input);
    expect(result.errors).toBeUndefined();
    const event = result.data.createEvent;
    expect(event).toMatchObject({
      title: 'Night at the opera',
      description: 'An evening of arias',
      status: 'DRAFT',
      currency: 'EUR',
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      cancellationReason: null,
      venue: { id: freshVenue.id },
      organizer: { id: organizer.id },
    });
    expect(event.prices).toEqual(freshVenue.sections.map((section, index) => ({ section: { id: section.id }, priceCents: 5000 - index * 1000 })));
  });

  it('defaults the currency to USD and accepts a partial price list for a draft', async () => {
    const result = await tryCreateEvent(organizer, eventInput(venue, { prices: [{ sectionId: venue.sections[0]!.id, priceCents: 0 }] }));
    expect(result.errors).toBeUndefined();
    expect(result.data.createEvent.currency).toBe('USD');
    expect(result.data.createEvent.prices).toEqual([{ section: { id: venue.sections[0]!.id }, priceCents: 0 }]);
  });

  it('lets an admin create an event at any venue, as its organizer', async () => {
    const result = await tryCreateEvent(admin, eventInput(venue));
    expect(result.errors).toBeUndefined();
    expect(result.data.createEvent.organizer.id).toBe(admin.id);
  });

  it('refuses anonymous callers and customers', async () => {
    expect(errorCode(await tryCreateEvent(undefined, eventInput(venue)))).toBe('UNAUTHENTICATED');
    expect(errorCode(await tryCreateEvent(customer, eventInput(venue)))).toBe('FORBIDDEN');
  });

  it("refuses an organizer at another organizer's venue", async () => {
    expect(errorCode(await tryCreateEvent(organizer, eventInput(otherVenue)))).toBe('FORBIDDEN');
  });

  it('answers NOT_FOUND for a venue that does not exist, after waiting for the projection', async () => {
    const startedAt = Date.now();
    const result = await tryCreateEvent(organizer, eventInput(venue, { venueId: randomUUID() }));
    expect(errorCode(result)).toBe('NOT_FOUND');
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(1000);
  });

  it.each([
    ['a blank title', { title: '   ' }, ['title']],
    ['an end before the start', { startsAt: hoursFromNow(5), endsAt: hoursFromNow(4) }, ['endsAt']],
    ['an end equal to the start', { startsAt: hoursFromNow(5), endsAt: hoursFromNow(5) }, ['endsAt']],
    ['a lower-case currency', { currency: 'usd' }, ['currency']],
    ['an unknown currency', { currency: 'ABC' }, ['currency']],
    ['a venue id that is not an id', { venueId: 'venue-1' }, ['venueId']],
  ])('rejects %s with BAD_USER_INPUT', async (_case, overrides, fields) => {
    const result = await tryCreateEvent(organizer, eventInput(venue, overrides));
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toEqual(fields);
  });

  it('rejects negative prices, sections priced twice and sections of another venue on prices', async () => {
    const [stalls] = venue.sections;
    const cases = [
      [{ sectionId: stalls!.id, priceCents: -1 }],
      [{ sectionId: stalls!.id, priceCents: 100 }, { sectionId: stalls!.id, priceCents: 200 }],
      [{ sectionId: otherVenue.sections[0]!.id, priceCents: 100 }],
      [{ sectionId: randomUUID(), priceCents: 100 }],
    ];
    for (const prices of cases) {
      const result = await tryCreateEvent(organizer, eventInput(venue, { prices }));
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toEqual(['prices']);
    }
  });

  it('creates nothing when it refuses', async () => {
    const title = `Refused ${randomUUID()}`;
    await tryCreateEvent(organizer, eventInput(venue, { title, currency: 'XYZ' }));
    const listed = await gql(`query($filter: EventFilter) { events(filter: $filter) { totalCount } }`, { filter: { search: title } }, admin.token);
    expect(listed.data.events.totalCount).toBe(0);
  });
});
