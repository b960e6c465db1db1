import { randomUUID } from 'node:crypto';
import {
  createVenue,
  draftEvent,
  errorCode,
  fetchEvent,
  hoursFromNow,
  publishedEvent,
  registerCast,
  tryCancelEvent,
  tryPublishEvent,
  tryUpdateEvent,
  type TestUser,
  type VenueFixture,
} from '../../../test/support/index.js';

let organizer: TestUser, otherOrganizer: TestUser, customer: TestUser, admin: TestUser;
let venue: VenueFixture;

beforeAll(async () => {
  ({ organizer, otherOrganizer, customer, admin } = await registerCast());
  venue = await createVenue(organizer);
});

describe('updateEvent', () => {
  it('changes every field of a DRAFT event, and null clears the description', async () => {
    const event = await draftEvent(organizer, venue);
    const changes = {
      title: 'Matinee',
      description: null,
      startsAt: hoursFromNow(48),
      endsAt: hoursFromNow(50),
      prices: [{ sectionId: venue.sections[1]!.id, priceCents: 1234 }],
    };
    const result = await tryUpdateEvent(organizer, event.id, changes);
    expect(result.errors).toBeUndefined();
    expect(result.data.updateEvent).toMatchObject({
      title: 'Matinee',
      description: null,
      startsAt: changes.startsAt,
      endsAt: changes.endsAt,
      prices: [{ section: { id: venue.sections[1]!.id }, priceCents: 1234 }],
      status: 'DRAFT',
    });
    expect(Date.parse(result.data.updateEvent.updatedAt)).toBeGreaterThan(Date.parse(event.updatedAt));
  });

  it('keeps fields that are not sent', async () => {
    const event = await draftEvent(organizer, venue);
    const result = await tryUpdateEvent(organizer, event.id, { title: 'Renamed' });
    expect(result.data.updateEvent).toMatchObject({ ...event, title: 'Renamed', updatedAt: expect.any(String) });
  });

  it('changes title, description and times of a PUBLISHED event, but not its prices', async () => {
    const event = await publishedEvent(organizer, venue);
    const changes = { title: 'Encore', description: 'Once more', startsAt: hoursFromNow(30), endsAt: hoursFromNow(33) };
    const result = await tryUpdateEvent(organizer, event.id, changes);
    expect(result.errors).toBeUndefined();
    expect(result.data.updateEvent).toMatchObject({ ...changes, status: 'PUBLISHED' });

    const repriced = await tryUpdateEvent(organizer, event.id, { prices: [{ sectionId: venue.sections[0]!.id, priceCents: 1 }] });
    expect(errorCode(repriced)).toBe('INVALID_STATE');
    expect((await fetchEvent(organizer, event.id)).data.event.prices).toEqual(event.prices);
  });

  it('refuses to move a PUBLISHED event to a start in the past', async () => {
    const event = await publishedEvent(organizer, venue);
    const result = await tryUpdateEvent(organizer, event.id, { startsAt: hoursFromNow(-1) });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fields).toEqual(['startsAt']);
  });

  it('keeps endsAt after startsAt, judged against the stored values', async () => {
    const event = await draftEvent(organizer, venue, { startsAt: hoursFromNow(24), endsAt: hoursFromNow(26) });
    const tooLateStart = await tryUpdateEvent(organizer, event.id, { startsAt: hoursFromNow(27) });
    expect(errorCode(tooLateStart)).toBe('BAD_USER_INPUT');
    expect(tooLateStart.errors?.[0]?.extensions?.fields).toEqual(['startsAt']);
    const tooEarlyEnd = await tryUpdateEvent(organizer, event.id, { endsAt: hoursFromNow(23) });
    expect(tooEarlyEnd.errors?.[0]?.extensions?.fields).toEqual(['endsAt']);
  });

  it('validates new prices like createEvent', async () => {
    const event = await draftEvent(organizer, venue);
    const foreign = await tryUpdateEvent(organizer, event.id, { prices: [{ sectionId: randomUUID(), priceCents: 10 }] });
    expect(errorCode(foreign)).toBe('BAD_USER_INPUT');
    expect(foreign.errors?.[0]?.extensions?.fields).toEqual(['prices']);
    const blank = await tryUpdateEvent(organizer, event.id, { title: ' ' });
    expect(blank.errors?.[0]?.extensions?.fields).toEqual(['title']);
  });

  it('refuses changes to CANCELLED events', async () => {
    const event = await draftEvent(organizer, venue);
    await tryCancelEvent(organizer, event.id);
    expect(errorCode(await tryUpdateEvent(organizer, event.id, { title: 'Back again' }))).toBe('INVALID_STATE');
  });

  it('lets only the organizer or an admin change an event', async () => {
    const draft = await draftEvent(organizer, venue);
    const published = await publishedEvent(organizer, venue);
    expect(errorCode(await tryUpdateEvent(undefined, published.id, { title: 'x' }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await tryUpdateEvent(customer, published.id, { title: 'x' }))).toBe('FORBIDDEN');
    expect(errorCode(await tryUpdateEvent(otherOrganizer, published.id, { title: 'x' }))).toBe('FORBIDDEN');
    // Other organizers cannot read a draft, but changing it is refused for ownership like any event.
    expect(errorCode(await tryUpdateEvent(otherOrganizer, draft.id, { title: 'x' }))).toBe('FORBIDDEN');
    expect(errorCode(await tryUpdateEvent(organizer, randomUUID(), { title: 'x' }))).toBe('NOT_FOUND');
    expect(errorCode(await tryUpdateEvent(organizer, 'not-an-id', { title: 'x' }))).toBe('NOT_FOUND');
    const byAdmin = await tryUpdateEvent(admin, draft.id, { title: 'Set by the admin' });
    expect(byAdmin.data.updateEvent).toMatchObject({ title: 'Set by the admin', organizer: { id: organizer.id } });
  });
});

describe('publishEvent', () => {
  it('publishes a DRAFT event whose sections are all priced and that starts in the future', async () => {
    const event = await draftEvent(organizer, venue);
    const result = await tryPublishEvent(organizer, event.id);
    expect(result.errors).toBeUndefined();
    expect(result.data.publishEvent.status).toBe('PUBLISHED');
  });

  it('refuses an event with an unpriced section', async () => {
    const event = await draftEvent(organizer, venue, { prices: [{ sectionId: venue.sections[0]!.id, priceCents: 100 }] });
    const result = await tryPublishEvent(organizer, event.id);
    expect(errorCode(result)).toBe('INVALID_STATE');
    expect(result.errors?.[0]?.message).toContain(venue.sections[1]!.name);
    expect((await fetchEvent(organizer, event.id)).data.event.status).toBe('DRAFT');
  });

  it('refuses an event that has already started', async () => {
    const event = await draftEvent(organizer, venue, { startsAt: hoursFromNow(-1), endsAt: hoursFromNow(1) });
    expect(errorCode(await tryPublishEvent(organizer, event.id))).toBe('INVALID_STATE');
  });

  it('refuses events that are not drafts', async () => {
    const published = await publishedEvent(organizer, venue);
    expect(errorCode(await tryPublishEvent(organizer, published.id))).toBe('INVALID_STATE');
    await tryCancelEvent(organizer, published.id);
    expect(errorCode(await tryPublishEvent(organizer, published.id))).toBe('INVALID_STATE');
  });

  it('refuses other organizers and customers with FORBIDDEN', async () => {
    const event = await draftEvent(organizer, venue);
    expect(errorCode(await tryPublishEvent(otherOrganizer, event.id))).toBe('FORBIDDEN');
    expect(errorCode(await tryPublishEvent(customer, event.id))).toBe('FORBIDDEN');
    expect((await tryPublishEvent(admin, event.id)).data.publishEvent.status).toBe('PUBLISHED');
  });
});

describe('cancelEvent', () => {
  it('cancels DRAFT and PUBLISHED events with the reason', async () => {
    const draft = await draftEvent(organizer, venue);
    const published = await publishedEvent(organizer, venue);
    const cancelledDraft = await tryCancelEvent(organizer, draft.id);
    expect(cancelledDraft.data.cancelEvent).toMatchObject({ status: 'CANCELLED', cancellationReason: null });
    const cancelled = await tryCancelEvent(organizer, published.id, '  The tenor has a cold  ');
    expect(cancelled.data.cancelEvent).toMatchObject({ status: 'CANCELLED', cancellationReason: 'The tenor has a cold' });
  });

  it('refuses to cancel twice', async () => {
    const event = await publishedEvent(organizer, venue);
    await tryCancelEvent(organizer, event.id, 'first');
    const again = await tryCancelEvent(organizer, event.id, 'second');
    expect(errorCode(again)).toBe('INVALID_STATE');
    expect((await fetchEvent(undefined, event.id)).data.event.cancellationReason).toBe('first');
  });

  it('lets exactly one of two concurrent cancellations through', async () => {
    const event = await publishedEvent(organizer, venue);
    const results = await Promise.all([tryCancelEvent(organizer, event.id, 'one'), tryCancelEvent(admin, event.id, 'two')]);
    expect(results.map(errorCode).sort()).toEqual(['INVALID_STATE', undefined]);
  });

  it('lets only the organizer or an admin cancel', async () => {
    const event = await publishedEvent(organizer, venue);
    expect(errorCode(await tryCancelEvent(otherOrganizer, event.id))).toBe('FORBIDDEN');
    expect(errorCode(await tryCancelEvent(customer, event.id))).toBe('FORBIDDEN');
    expect(errorCode(await tryCancelEvent(undefined, event.id))).toBe('UNAUTHENTICATED');
    expect((await tryCancelEvent(admin, event.id)).data.cancelEvent.status).toBe('CANCELLED');
  });
});
