import { randomUUID } from 'node:crypto';
import {
  availability,
  createVenue,
  draftEvent,
  errorCode,
  eventOnSale,
  eventually,
  gql,
  holdSeats,
  loginAdmin,
  ok,
  publishedEvent,
  registerUser,
  seatedSection,
  seatIdsOf,
  seatStates,
  tryHoldSeats,
  tryReleaseHold,
  type EventFixture,
  type TestUser,
} from '../../../test/support/index.js';

let organizer: TestUser;
let customer: TestUser;
let rival: TestUser;
let event: EventFixture;
let seats: string[];

beforeAll(async () => {
  [organizer, customer, rival] = await Promise.all([registerUser('ORGANIZER'), registerUser(), registerUser()]);
});

// A fresh event per test: holds of earlier tests expire (short TTL in tests) and would move counts.
beforeEach(async () => {
  event = await eventOnSale(organizer);
  seats = seatIdsOf(event.venue);
});

describe('holdSeats', () => {
  it('holds every seat for the caller, in order, until the hold expires', async () => {
    const before = await availability(event.id);
    const startedAt = Date.now();
    const hold = await holdSeats(customer, event.id, [seats[1]!, seats[0]!]);
    expect(hold).toMatchObject({ event: { id: event.id }, user: { id: customer.id }, seats: [{ id: seats[1] }, { id: seats[0] }] });
    const ttlMs = new Date(hold.expiresAt).getTime() - startedAt;
    expect(ttlMs).toBeGreaterThan(1_000);

    const after = await availability(event.id);
    expect(after).toMatchObject({ total: 14, available: before.available - 2, held: before.held + 2, sold: 0 });
    expect(after.version).toBeGreaterThan(before.version);
    expect(after.sections[0]).toMatchObject({ section: { id: event.venue.sections[0]!.id }, total: 10, held: 2 });
    const held = await seatStates(event.id, 'HELD');
    expect([...held.keys()].sort()).toEqual([seats[0], seats[1]].sort());
  });

  it('holds nothing when any seat is taken, and names the taken ones', async () => {
    await holdSeats(customer, event.id, [seats[2]!]);
    const before = await availability(event.id);

    const clash = await tryHoldSeats(rival, event.id, [seats[3]!, seats[2]!, seats[4]!]);
    expect(errorCode(clash)).toBe('SEAT_UNAVAILABLE');
    expect(clash.errors![0]!.extensions!.seatIds).toEqual([seats[2]]);

    expect(await availability(event.id)).toEqual(before);
    const states = await seatStates(event.id);
    expect([states.get(seats[3]!), states.get(seats[4]!)]).toEqual(['AVAILABLE', 'AVAILABLE']);
  });

  it('refuses bad seat lists with BAD_USER_INPUT on seatIds, holding nothing', async () => {
    const otherVenue = await createVenue(organizer, { sections: [seatedSection('Annex', ['A'], 1)] });
    const before = await availability(event.id);
    const bad = [
      [],
      seats.slice(0, 11),
      [seats[5]!, seats[5]!],
      ['not-a-seat'],
      [seats[5]!, otherVenue.sections[0]!.seats[0]!.id],
    ];
    for (const seatIds of bad) {
      const result = await tryHoldSeats(customer, event.id, seatIds);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0]!.extensions!.fields).toEqual(['seatIds']);
    }
    expect(await availability(event.id)).toEqual(before);
  });

  it('needs an authenticated caller and a published event that has not started', async () => {
    expect(errorCode(await tryHoldSeats(undefined, event.id, [seats[6]!]))).toBe('UNAUTHENTICATED');
    expect(errorCode(await tryHoldSeats(customer, randomUUID(), [seats[6]!]))).toBe('NOT_FOUND');
    expect(errorCode(await tryHoldSeats(customer, 'no-such-event', [seats[6]!]))).toBe('NOT_FOUND');

    const draft = await draftEvent(organizer, event.venue);
    expect(errorCode(await tryHoldSeats(customer, draft.id, [seats[6]!]))).toBe('INVALID_STATE');

    const starting = await publishedEvent(organizer, event.venue);
    const startsAt = new Date(Date.now() + 2_500);
    ok(
      await gql(
        `mutation($id: ID!, $input: UpdateEventInput!) { updateEvent(id: $id, input: $input) { id } }`,
        { id: starting.id, input: { startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString() } },
        organizer.token,
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, startsAt.getTime() - Date.now() + 200));
    // The new start time reaches bookings as a fact; on a loaded machine that may take a moment longer.
    const late = await eventually(async () => {
      const result = await tryHoldSeats(customer, starting.id, [seats[6]!]);
      if (!result.data?.holdSeats) return result;
      await tryReleaseHold(customer, result.data.holdSeats.id);
      throw new Error('bookings does not know the new start time yet');
    }, 15_000, 250);
    expect(errorCode(late)).toBe('INVALID_STATE');
    expect(late.errors![0]!.message).toMatch(/started/);
  });
});

describe('releaseHold', () => {
  it('frees the seats for everyone; only the owner or an admin may release; a second release is false', async () => {
    const hold = await holdSeats(customer, event.id, [seats[7]!, seats[8]!]);
    expect(errorCode(await tryReleaseHold(rival, hold.id))).toBe('FORBIDDEN');
    expect(errorCode(await tryReleaseHold(undefined, hold.id))).toBe('UNAUTHENTICATED');
    const before = await availability(event.id);

    expect(ok(await tryReleaseHold(customer, hold.id)).releaseHold).toBe(true);
    const after = await availability(event.id);
    expect(after).toMatchObject({ available: before.available + 2, held: before.held - 2 });
    expect(after.version).toBeGreaterThan(before.version);
    expect(ok(await tryReleaseHold(customer, hold.id)).releaseHold).toBe(false);
    expect(await availability(event.id)).toEqual(after);

    const retaken = await holdSeats(rival, event.id, [seats[7]!, seats[8]!]);
    const admin = await loginAdmin();
    expect(ok(await tryReleaseHold(admin, retaken.id)).releaseHold).toBe(true);
    expect(errorCode(await tryReleaseHold(customer, randomUUID()))).toBe('NOT_FOUND');
  });
});
