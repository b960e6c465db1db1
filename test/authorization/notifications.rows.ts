import { eventually, gql, pendingBooking, subscribe, wsClient, type GraphQLResponse, type TestUser } from '../support/index.js';
import type { MatrixRow } from './matrix.js';
import { ownersEvent } from './matrix-event.js';

const as = (caller: TestUser | undefined) => caller?.token;
/** Rows about who may ask, whatever the answer holds: any answer without an error is `ok`. */
const answered = (data: any) => (data ? {} : null);

/** The customer's newest notification (their welcome, at least). */
async function customersNotification(customer: TestUser): Promise<string> {
  return eventually(async () => {
    const result = await gql(`{ myNotifications(first: 1) { nodes { id } } }`, {}, customer.token);
    const id = result.data?.myNotifications.nodes[0]?.id as string | undefined;
    if (!id) throw new Error('the customer has no notification yet');
    return id;
  });
}

export const rows: MatrixRow[] = [
  {
    operation: 'Query.myNotifications',
    run: (caller) => gql(`{ myNotifications(first: 5, unreadOnly: true) { totalCount nodes { id kind } } }`, {}, as(caller)),
    select: answered,
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'ok', owner: 'ok', otherOrganizer: 'ok', admin: 'ok' },
  },
  {
    operation: 'Query.latestNotification',
    run: (caller) => gql(`{ latestNotification { id kind } }`, {}, as(caller)),
    select: answered,
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'ok', owner: 'ok', otherOrganizer: 'ok', admin: 'ok' },
  },
  {
    operation: "Mutation.markNotificationsRead (the customer's notification)",
    run: async (caller, actors) => {
      const id = await customersNotification(actors.customer);
      return gql(`mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { id read } }`, { ids: [id] }, as(caller));
    },
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'ok', owner: 'null', otherOrganizer: 'null', admin: 'null' },
  },
  {
    operation: 'Query.failedNotificationDeliveries',
    run: (caller) => gql(`{ failedNotificationDeliveries(first: 5) { totalCount nodes { id status } } }`, {}, as(caller)),
    select: answered,
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'FORBIDDEN', owner: 'FORBIDDEN', otherOrganizer: 'FORBIDDEN', admin: 'ok' },
  },
  {
    operation: "User.notificationPreferences (the customer's, through their booking)",
    run: async (caller, actors) => {
      const booking = await pendingBooking(actors.customer, await ownersEvent(actors));
      return gql(`query($id: ID!) { booking(id: $id) { user { notificationPreferences { account bookings events } } } }`, { id: booking.id }, as(caller));
    },
    select: (data) => data.booking?.user?.notificationPreferences,
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'ok', owner: 'null', otherOrganizer: 'FORBIDDEN', admin: 'ok' },
  },
  {
    operation: 'Mutation.updateNotificationPreferences',
    run: (caller) => gql(`mutation { updateNotificationPreferences(input: { events: true }) { account bookings events } }`, {}, as(caller)),
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'ok', owner: 'ok', otherOrganizer: 'ok', admin: 'ok' },
  },
  {
    operation: 'Subscription.notificationReceived (the caller asks for a verification mail)',
    run: async (caller) => {
      const client = wsClient(caller?.token);
      const pushes = subscribe(client, `subscription { notificationReceived { id kind } }`);
      try {
        const refusal = await pushes.next(1_000).catch(() => undefined);
        if (refusal) return refusal;
        // A notice made before the subscription is live is its starting point, not a push: ask again.
        for (let attempt = 1; ; attempt++) {
          const asked: GraphQLResponse<any> = await gql(`mutation { requestEmailVerification }`, {}, as(caller));
          if (asked.errors) return asked;
          const pushed = await pushes.next(attempt < 3 ? 8_000 : 20_000).catch((error: Error) => (attempt < 3 ? undefined : Promise.reject(error)));
          if (pushed) return pushed;
        }
      } finally {
        pushes.close();
        await client.dispose();
      }
    },
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'ok', owner: 'ok', otherOrganizer: 'ok', admin: 'ok' },
  },
];
