import { gql, PAY_FOR_BOOKING, paidBooking, payVariables, pendingBooking } from '../support/index.js';
import type { MatrixRow } from './matrix.js';
import { ownersEvent } from './matrix-event.js';

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
