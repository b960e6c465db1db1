import type { ChildService } from '@boxoffice/devstack';
import {
  eventOnSale,
  holdSeats,
  ok,
  registerUser,
  subscribe,
  tryReleaseHold,
  wsClient,
  type EventFixture,
  type TestUser,
} from '../support/index.js';
import { replicaPort, startReplica } from '../support/replica.js';

const AVAILABILITY = `subscription($id: ID!) { seatAvailabilityChanged(eventId: $id) { available held version } }`;
const hold = (event: EventFixture, customer: TestUser, seat: number) => holdSeats(customer, event.id, [event.venue.sections[0]!.seats[seat]!.id]);

describe('subscriptions over graphql-ws', () => {
  let organizer: TestUser;
  let customer: TestUser;
  beforeAll(async () => {
    [organizer, customer] = await Promise.all([registerUser('ORGANIZER'), registerUser('CUSTOMER')]);
  });

  describe('with a second gateway process', () => {
    const port = replicaPort('subscriptions');
    let second: ChildService;
    beforeAll(async () => {
      // It reads no Kafka: whatever it pushes reached it through Redis.
      second = await startReplica('gateway', port, { SUBSCRIPTION_FANOUT: 'false' });
    }, 60_000);
    afterAll(() => second?.stop());

    it('both deliver every change, the second one through Redis alone', async () => {
      const event = await eventOnSale(organizer);
      const first = wsClient();
      const other = wsClient(undefined, `ws://127.0.0.1:${port}/graphql`);
      const a = subscribe(first, AVAILABILITY, { id: event.id });
      const b = subscribe(other, AVAILABILITY, { id: event.id });
      try {
        expect((await a.next()).data?.seatAvailabilityChanged.held).toBe(0);
        expect((await b.next()).data?.seatAvailabilityChanged.held).toBe(0);
        await hold(event, customer, 0);
        const heldOne = (result: { data?: any }) => result.data?.seatAvailabilityChanged.held === 1;
        const [pushedA, pushedB] = await Promise.all([a.nextMatching(heldOne), b.nextMatching(heldOne)]);
        expect(pushedB.data?.seatAvailabilityChanged).toEqual(pushedA.data?.seatAvailabilityChanged);
      } finally {
        a.close();
        b.close();
        await Promise.all([first.dispose(), other.dispose()]);
      }
    });
  });

  it('pushes after a release as well as after a hold', async () => {
    const event = await eventOnSale(organizer);
    const client = wsClient(customer.token);
    const pushes = subscribe(client, AVAILABILITY, { id: event.id });
    try {
      const initial = (await pushes.next()).data!.seatAvailabilityChanged;
      const held = await hold(event, customer, 1);
      const afterHold = (await pushes.nextMatching((r) => r.data?.seatAvailabilityChanged.held === 1)).data!.seatAvailabilityChanged;
      ok(await tryReleaseHold(customer, held.id));
      const afterRelease = (await pushes.nextMatching((r) => r.data?.seatAvailabilityChanged.held === 0)).data!.seatAvailabilityChanged;
      expect(afterHold.held).toBe(1);
      expect(afterRelease).toMatchObject({ held: 0, available: initial.available });
      expect(afterRelease.version).toBeGreaterThan(afterHold.version);
      expect(afterHold.version).toBeGreaterThan(initial.version);
    } finally {
      pushes.close();
      await client.dispose();
    }
  });

  it('refuses a subscription to an unknown event with NOT_FOUND', async () => {
    const client = wsClient();
    const pushes = subscribe(client, AVAILABILITY, { id: '00000000-0000-4000-8000-000000000000' });
    try {
      const result = await pushes.next(15_000);
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    } finally {
      pushes.close();
      await client.dispose();
    }
  });

  it('refuses a connection whose token is invalid', async () => {
    const client = wsClient('not-a-token');
    const closed = new Promise<number>((resolve) => client.on('closed', (event) => resolve((event as { code: number }).code)));
    const pushes = subscribe(client, AVAILABILITY, { id: '00000000-0000-4000-8000-000000000000' });
    expect(await closed).toBe(4403);
    pushes.close();
    await client.dispose();
  });
});
