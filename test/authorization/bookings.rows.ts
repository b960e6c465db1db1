import {
  checkout,
  confirmedBooking,
  createPromoCode,
  gql,
  holdSeats,
  nextSeats,
  tryCheckIn,
  tryCheckout,
  tryCheckoutWithPromo,
  tryCreatePromoCode,
  tryDeactivatePromoCode,
  tryHoldSeats,
  tryHoldWithPrice,
  tryPromoCodesOf,
  tryReleaseHold,
} from '../support/index.js';
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

/** A fresh code of the owner's event, made by its owner, open to every customer without limits. */
async function ownersPromo(actors: Actors) {
  const event = await ownersEvent(actors);
  return { event, promo: await createPromoCode(actors.owner, event.id) };
}

const ORGANIZER_OR_ADMIN = { anonymous: 'UNAUTHENTICATED', customer: 'FORBIDDEN', owner: 'ok', otherOrganizer: 'FORBIDDEN', admin: 'ok' } as const;

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
  {
    operation: 'Mutation.createPromoCode',
    async run(caller, actors) {
      const event = await ownersEvent(actors);
      return tryCreatePromoCode(caller, event.id, { code: `M${Math.random().toString(36).slice(2, 10)}`, kind: 'FIXED', value: 100 });
    },
    expected: ORGANIZER_OR_ADMIN,
  },
  {
    operation: 'Mutation.deactivatePromoCode',
    async run(caller, actors) {
      return tryDeactivatePromoCode(caller, (await ownersPromo(actors)).promo.id);
    },
    expected: ORGANIZER_OR_ADMIN,
  },
  {
    operation: 'Event.promoCodes',
    async run(caller, actors) {
      return tryPromoCodesOf(caller, (await ownersPromo(actors)).event.id);
    },
    select: (data) => data.event?.promoCodes,
    expected: ORGANIZER_OR_ADMIN,
  },
  {
    operation: 'Hold.price',
    async run(caller, actors) {
      const { event, promo } = await ownersPromo(actors);
      return tryHoldWithPrice(caller, event.id, [nextSeats(event)[0]!], promo.code);
    },
    select: (data) => data.holdSeats?.price,
    expected: AUTHENTICATED,
  },
  {
    operation: 'Mutation.checkout(promoCode)',
    async run(caller, actors) {
      const { event, promo } = await ownersPromo(actors);
      const hold = await holdSeats(actors.customer, event.id, [nextSeats(event)[0]!]);
      return tryCheckoutWithPromo(caller, hold.id, promo.code);
    },
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'ok', owner: 'FORBIDDEN', otherOrganizer: 'FORBIDDEN', admin: 'FORBIDDEN' },
  },
  {
    operation: 'Booking.discountCents',
    async run(caller, actors) {
      const booking = await customersBooking(actors);
      return gql(`query($id: ID!) { booking(id: $id) { subtotalCents discountCents promoCode } }`, { id: booking.id }, caller?.token);
    },
    select: (data) => data.booking?.discountCents,
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'ok', owner: 'ok', otherOrganizer: 'FORBIDDEN', admin: 'ok' },
  },
  {
    operation: 'Ticket.paidCents',
    async run(caller, actors) {
      const { event, seatId } = await freshSeat(actors);
      const booking = await confirmedBooking(actors.customer, event.id, [seatId]);
      return gql(`query($id: ID!) { booking(id: $id) { tickets { paidCents } } }`, { id: booking.id }, caller?.token);
    },
    select: (data) => data.booking?.tickets[0]?.paidCents,
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'ok', owner: 'ok', otherOrganizer: 'FORBIDDEN', admin: 'ok' },
  },
];
