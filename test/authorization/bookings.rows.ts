import { checkout, confirmedBooking, gql, holdSeats, tryCheckIn, tryCheckout, tryHoldSeats, tryReleaseHold } from '../support/index.js';
import type { Actors, MatrixRow } from './matrix.js';
import { freshSeat, ownersEvent } from './matrix-event.js';

/** The customer's hold on a fresh seat of the owner's event. */
async function customersHold(actors: Actors) {
  const { event, seatId } = await freshSeat(actors);
  return holdSeats(actors.customer, event.id, [seatId]);
}

/** The customer's PENDING_PAYMENT booking of a fresh seat of the owner's event. */
async function customersBooking(actors: Actors) {
  return checkout(actors.customer, (await customersHold(actors)).id);
}

const AUTHENTICATED = { anonymous: 'UNAUTHENTICATED', customer: 'ok', owner: 'ok', otherOrganizer: 'ok', admin: 'ok' } as const;
const ANYONE = { anonymous: 'ok', customer: 'ok', owner: 'ok', otherOrganizer: 'ok', admin: 'ok' } as const;

/**
 * Bookings: the customer holds, books and cancels; the event's organizer (owner) sees its
 * bookings and checks tickets in; admins may do everything but check out someone's hold.
 */
export const rows: MatrixRow[] = [
  {
    operation: 'Query.seatAvailability',
    async run(caller, actors) {
      return gql(`query($id: ID!) { seatAvailability(eventId: $id) { total } }`, { id: (await ownersEvent(actors)).id }, caller?.token);
    },
    expected: ANYONE,
  },
  {
    operation: 'Event.seatAvailability',
    async run(caller, actors) {
      return gql(`query($id: ID!) { event(id: $id) { seatAvailability { total } } }`, { id: (await ownersEvent(actors)).id }, caller?.token);
    },
    select: (data) => data.event?.seatAvailability,
    expected: ANYONE,
  },
  {
    operation: 'Mutation.holdSeats',
    async run(caller, actors) {
      const { event, seatId } = await freshSeat(actors);
      return tryHoldSeats(caller, event.id, [seatId]);
    },
    expected: AUTHENTICATED,
  },
  {
    operation: 'Mutation.releaseHold',
    async run(caller, actors) {
      return tryReleaseHold(caller, (await customersHold(actors)).id);
    },
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'ok', owner: 'FORBIDDEN', otherOrganizer: 'FORBIDDEN', admin: 'ok' },
  },
  {
    operation: 'Mutation.checkout',
    async run(caller, actors) {
      return tryCheckout(caller, (await customersHold(actors)).id);
    },
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'ok', owner: 'FORBIDDEN', otherOrganizer: 'FORBIDDEN', admin: 'FORBIDDEN' },
  },
  {
    operation: 'Mutation.cancelBooking',
    async run(caller, actors) {
      const booking = await customersBooking(actors);
      return gql(`mutation($id: ID!) { cancelBooking(id: $id) { id status } }`, { id: booking.id }, caller?.token);
    },
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'ok', owner: 'FORBIDDEN', otherOrganizer: 'FORBIDDEN', admin: 'ok' },
  },
  {
    operation: 'Query.booking',
    async run(caller, actors) {
      const booking = await customersBooking(actors);
      return gql(`query($id: ID!) { booking(id: $id) { id status tickets { id } } }`, { id: booking.id }, caller?.token);
    },
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'ok', owner: 'ok', otherOrganizer: 'FORBIDDEN', admin: 'ok' },
  },
  {
    operation: 'Query.myBookings',
    async run(caller, actors) {
      const booking = await customersBooking(actors);
      const result = await gql(`{ myBookings(first: 5) { nodes { id } } }`, {}, caller?.token);
      // Judged on the fixture's booking: only its owner finds it among "my" bookings.
      const nodes: Array<{ id: string }> = result.data?.myBookings.nodes ?? [];
      return { ...result, data: result.data && { myBookings: nodes.filter((node) => node.id === booking.id) } };
    },
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'ok', owner: 'null', otherOrganizer: 'null', admin: 'null' },
  },
  {
    operation: 'Event.bookings',
    async run(caller, actors) {
      const event = await ownersEvent(actors);
      return gql(`query($id: ID!) { event(id: $id) { bookings { totalCount } } }`, { id: event.id }, caller?.token);
    },
    select: (data) => data.event?.bookings,
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'FORBIDDEN', owner: 'ok', otherOrganizer: 'FORBIDDEN', admin: 'ok' },
  },
  {
    operation: 'User.bookings',
    async run(caller, actors) {
      const booking = await customersBooking(actors);
      return gql(`query($id: ID!) { booking(id: $id) { user { bookings { totalCount } } } }`, { id: booking.id }, caller?.token);
    },
    select: (data) => data.booking?.user?.bookings,
    // The organizer may see the booking, but not the list of its customer's bookings.
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'ok', owner: 'FORBIDDEN', otherOrganizer: 'FORBIDDEN', admin: 'ok' },
  },
  {
    operation: 'Mutation.checkIn',
    async run(caller, actors) {
      const { event, seatId } = await freshSeat(actors);
      const booking = await confirmedBooking(actors.customer, event.id, [seatId]);
      return tryCheckIn(caller, booking.tickets[0].code);
    },
    // Another organizer's ticket answers like an unknown code (NOT_FOUND): existence is not probed.
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'FORBIDDEN', owner: 'ok', otherOrganizer: 'NOT_FOUND', admin: 'ok' },
  },
];
