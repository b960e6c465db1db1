import { randomBytes } from 'node:crypto';
import { createVenue, draftEvent, errorCode, eventually, gql, gqlOk, registerUser, subscribe, wsClient } from '../support/index.js';

const AVAILABILITY = `query($id: ID!) { seatAvailability(eventId: $id) { total available } }`;

describe('drafts stay invisible through seat availability', () => {
  it('answers NOT_FOUND to anyone but the organizer and admins, as for an unknown event', async () => {
    const organizer = await registerUser('ORGANIZER');
    const draft = await draftEvent(organizer, await createVenue(organizer));
    // The organizer sees it once bookings knows it.
    await eventually(async () => expect((await gqlOk(AVAILABILITY, { id: draft.id }, organizer.token)).seatAvailability.total).toBeGreaterThan(0), 20_000);

    const started = performance.now();
    expect(errorCode(await gql(AVAILABILITY, { id: draft.id }))).toBe('NOT_FOUND');
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(errorCode(await gql(AVAILABILITY, { id: draft.id }, (await registerUser()).token))).toBe('NOT_FOUND');
    expect(errorCode(await gql(AVAILABILITY, { id: draft.id }, (await registerUser('ORGANIZER')).token))).toBe('NOT_FOUND');

    const client = wsClient();
    try {
      const subscription = subscribe(client, `subscription($id: ID!) { seatAvailabilityChanged(eventId: $id) { total } }`, { id: draft.id });
      expect(errorCode(await subscription.next())).toBe('NOT_FOUND');
    } finally {
      await client.dispose();
    }
  }, 60_000);
});

describe('checkIn', () => {
  it('answers an unknown code NOT_FOUND', async () => {
    const organizer = await registerUser('ORGANIZER');
    expect(errorCode(await gql(`mutation($c: String!) { checkIn(ticketCode: $c) { id } }`, { c: randomBytes(18).toString('base64url') }, organizer.token))).toBe('NOT_FOUND');
  });
});
