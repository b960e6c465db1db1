import { gql } from '../support/client.js';
import type { EventFixture } from '../support/fixtures.js';
import { eventOnSale, PAY_FOR_BOOKING, paidBooking, payVariables, pendingBooking } from '../../subgraphs/payments/test/support/bookings.js';
import type { Actors, MatrixRow } from './matrix.js';

/** One event on sale per matrix owner; every row call books fresh seats of it as the customer. */
const eventsByOwner = new Map<string, Promise<EventFixture>>();
function ownersEvent(actors: Actors): Promise<EventFixture> {
  if (!eventsByOwner.has(actors.owner.id)) eventsByOwner.set(actors.owner.id, eventOnSale(actors.owner));
  return eventsByOwner.get(actors.owner.id)!;
}

/** Payments: the customer pays; the event's organizer (owner) refunds; all three may look. */
export const rows: MatrixRow[] = [
  {
    operation: 'Query.payment',
    async run(caller, actors) {
      const { payment } = await paidBooking(actors.customer, await ownersEvent(actors));
      return gql(`query($id: ID!) { payment(id: $id) { id status } }`, { id: payment.id }, caller?.token);
    },
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'ok', owner: 'ok', otherOrganizer: 'FORBIDDEN', admin: 'ok' },
  },
  {
    operation: 'Mutation.payForBooking',
    async run(caller, actors) {
      const booking = await pendingBooking(actors.customer, await ownersEvent(actors));
      return gql(PAY_FOR_BOOKING, payVariables(booking.id), caller?.token);
    },
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'ok', owner: 'FORBIDDEN', otherOrganizer: 'FORBIDDEN', admin: 'FORBIDDEN' },
  },
  {
    operation: 'Mutation.refundPayment',
    async run(caller, actors) {
      const { payment } = await paidBooking(actors.customer, await ownersEvent(actors));
      return gql(`mutation($id: ID!) { refundPayment(paymentId: $id, amountCents: 100) { id status } }`, { id: payment.id }, caller?.token);
    },
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'FORBIDDEN', owner: 'ok', otherOrganizer: 'FORBIDDEN', admin: 'ok' },
  },
  {
    operation: 'Booking.payment',
    async run(caller, actors) {
      const { booking } = await paidBooking(actors.customer, await ownersEvent(actors));
      return gql(`query($id: ID!) { booking(id: $id) { id payment { id status } } }`, { id: booking.id }, caller?.token);
    },
    select: (data) => data.booking?.payment,
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'ok', owner: 'ok', otherOrganizer: 'FORBIDDEN', admin: 'ok' },
  },
];
