import { randomUUID } from 'node:crypto';
import { eventually, gql, type GraphQLResponse, type Subscription, type TestUser } from '../../../../test/support/client.js';
import { awaitSeatInventory, createVenue, type EventFixture, type VenueFixture } from '../../../../test/support/fixtures.js';

/** The bookings operations as a client app calls them through the gateway. */

export const HOLD_FIELDS = 'id expiresAt event { id } user { id } seats { id }';
export const TICKET_FIELDS = 'id code qrSvg checkedInAt seat { id label } booking { id }';
export const BOOKING_FIELDS = `id status totalCents currency paymentDueAt createdAt updatedAt
  event { id } user { id } seats { id } tickets { ${TICKET_FIELDS} }`;
export const AVAILABILITY_FIELDS = 'total available held sold version sections { section { id } total available held sold }';

export const tryHoldSeats = (caller: TestUser | undefined, eventId: string, seatIds: string[]) =>
  gql(`mutation($e: ID!, $s: [ID!]!) { holdSeats(eventId: $e, seatIds: $s) { ${HOLD_FIELDS} } }`, { e: eventId, s: seatIds }, caller?.token);

export async function holdSeats(caller: TestUser, eventId: string, seatIds: string[]) {
  return ok(await tryHoldSeats(caller, eventId, seatIds)).holdSeats;
}

export const tryReleaseHold = (caller: TestUser | undefined, holdId: string) =>
  gql(`mutation($h: ID!) { releaseHold(holdId: $h) }`, { h: holdId }, caller?.token);

export const tryCheckout = (caller: TestUser | undefined, holdId: string, key: string = randomUUID()) =>
  gql(`mutation($h: ID!, $k: String!) { checkout(holdId: $h, idempotencyKey: $k) { ${BOOKING_FIELDS} } }`, { h: holdId, k: key }, caller?.token);

export async function checkout(caller: TestUser, holdId: string, key?: string) {
  return ok(await tryCheckout(caller, holdId, key)).checkout;
}

export const tryCancelBooking = (caller: TestUser | undefined, id: string) =>
  gql(`mutation($id: ID!) { cancelBooking(id: $id) { ${BOOKING_FIELDS} } }`, { id }, caller?.token);

export const tryCheckIn = (caller: TestUser | undefined, code: string) =>
  gql(`mutation($c: String!) { checkIn(ticketCode: $c) { ${TICKET_FIELDS} } }`, { c: code }, caller?.token);

export const tryBooking = (caller: TestUser | undefined, id: string, fields = BOOKING_FIELDS) =>
  gql(`query($id: ID!) { booking(id: $id) { ${fields} } }`, { id }, caller?.token);

export async function bookingOf(caller: TestUser, id: string, fields = BOOKING_FIELDS) {
  return ok(await tryBooking(caller, id, fields)).booking;
}

/** Waits for a change that arrives over Kafka (payment, refund, expiry, event cancellation). */
export function awaitBookingStatus(caller: TestUser, id: string, status: string, timeoutMs = 15_000) {
  return eventually(async () => {
    const booking = await bookingOf(caller, id);
    if (booking.status !== status) throw new Error(`booking ${id} is ${booking.status}, waiting for ${status}`);
    return booking;
  }, timeoutMs);
}

export async function availability(eventId: string) {
  return ok(await gql(`query($id: ID!) { seatAvailability(eventId: $id) { ${AVAILABILITY_FIELDS} } }`, { id: eventId })).seatAvailability;
}

/** Seat id → state, from `seats(state:)`. */
export async function seatStates(eventId: string, state?: string): Promise<Map<string, string>> {
  const data = ok(
    await gql(`query($id: ID!, $state: SeatState) { seatAvailability(eventId: $id) { seats(state: $state) { seat { id } state } } }`, {
      id: eventId,
      state,
    }),
  );
  return new Map(data.seatAvailability.seats.map((s: { seat: { id: string }; state: string }) => [s.seat.id, s.state]));
}

export const PAY = `mutation($b: ID!, $m: String!, $k: String!) {
  payForBooking(bookingId: $b, paymentMethod: $m, idempotencyKey: $k) { id status amountCents refundedCents }
}`;

export const pay = (caller: TestUser, bookingId: string, method = 'pm_card_visa') =>
  gql(PAY, { b: bookingId, m: method, k: randomUUID() }, caller.token);

/** Holds `seatIds`, checks out and pays: waits until the booking is CONFIRMED. */
export async function confirmedBooking(customer: TestUser, eventId: string, seatIds: string[]) {
  const hold = await holdSeats(customer, eventId, seatIds);
  const booking = await checkout(customer, hold.id);
  ok(await pay(customer, booking.id));
  return awaitBookingStatus(customer, booking.id, 'CONFIRMED');
}

export const seatIdsOf = (venue: VenueFixture): string[] => venue.sections.flatMap((section) => section.seats.map((seat) => seat.id));

/** A published event at a new venue, priced per section (cents, in section order), on sale in bookings. */
export async function eventOnSale(
  organizer: TestUser,
  { sections, prices }: { sections?: Parameters<typeof createVenue>[1]; prices?: number[] } = {},
): Promise<EventFixture> {
  const venue = await createVenue(organizer, sections);
  const startsAt = Date.now() + 3 * 24 * 3600_000;
  const created = ok(
    await gql(
      `mutation($input: CreateEventInput!) { createEvent(input: $input) { id title } }`,
      {
        input: {
          title: `Bookings test ${randomUUID().slice(0, 8)}`,
          venueId: venue.id,
          startsAt: new Date(startsAt).toISOString(),
          endsAt: new Date(startsAt + 3 * 3600_000).toISOString(),
          currency: 'EUR',
          prices: venue.sections.map((section, index) => ({ sectionId: section.id, priceCents: prices?.[index] ?? 1000 })),
        },
      },
      organizer.token,
    ),
  ).createEvent;
  ok(await gql(`mutation($id: ID!) { publishEvent(id: $id) { id } }`, { id: created.id }, organizer.token));
  const event = { id: created.id, title: created.title, venue };
  await awaitSeatInventory(event);
  return event;
}

export function ok<T = any>(result: GraphQLResponse<T>): T {
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
  return result.data as T;
}

/** Reads `bookingUpdated` pushes until one shows `status`; fails if none does in time. */
export async function awaitPushedStatus(pushes: Subscription<any>, status: string): Promise<void> {
  for (;;) {
    const pushed = await pushes.next(10_000);
    if (pushed.errors?.length) throw new Error(`subscription error: ${JSON.stringify(pushed.errors)}`);
    if (pushed.data?.bookingUpdated.status === status) return;
  }
}
