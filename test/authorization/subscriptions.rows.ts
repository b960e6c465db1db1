import { checkout, holdSeats, subscribe, tryCancelBooking, wsClient, type GraphQLResponse, type TestUser } from '../support/index.js';
import type { MatrixRow } from './matrix.js';
import { freshSeat, ownersEvent } from './matrix-event.js';

/** How long a refused subscription may take to say so before we take it as accepted. */
const REFUSAL_WINDOW_MS = 2_000;

async function over<T>(caller: TestUser | undefined, use: (client: ReturnType<typeof wsClient>) => Promise<T>): Promise<T> {
  const client = wsClient(caller?.token);
  try {
    return await use(client);
  } finally {
    await client.dispose();
  }
}

export const rows: MatrixRow[] = [
  {
    operation: 'Subscription.seatAvailabilityChanged',
    run: async (caller, actors) => {
      const { id } = await ownersEvent(actors);
      return over(caller, async (client) => {
        const pushes = subscribe(client, `subscription($id: ID!) { seatAvailabilityChanged(eventId: $id) { total available } }`, { id });
        try {
          return await pushes.next();
        } finally {
          pushes.close();
        }
      });
    },
    expected: { anonymous: 'ok', customer: 'ok', owner: 'ok', otherOrganizer: 'ok', admin: 'ok' },
  },
  {
    operation: 'Subscription.bookingUpdated (the customer is the owner)',
    run: async (caller, actors) => {
      const { event, seatId } = await freshSeat(actors);
      const booking = await checkout(actors.customer, (await holdSeats(actors.customer, event.id, [seatId])).id);
      return over(caller, async (client): Promise<GraphQLResponse<any>> => {
        const pushes = subscribe(client, `subscription($id: ID!) { bookingUpdated(id: $id) { id status } }`, { id: booking.id });
        try {
          const refusal = await pushes.next(REFUSAL_WINDOW_MS).catch(() => undefined);
          if (refusal) return refusal;
          await tryCancelBooking(actors.customer, booking.id);
          return await pushes.next();
        } finally {
          pushes.close();
        }
      });
    },
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'ok', owner: 'FORBIDDEN', otherOrganizer: 'FORBIDDEN', admin: 'ok' },
  },
];
