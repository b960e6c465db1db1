import {
  errorCode,
  eventually,
  gql,
  gqlOk,
  nextSeats,
  queryDatabase,
  tryHoldSeats,
  tryReleaseHold,
  type EventFixture,
  type GraphQLResponse,
  type TestUser,
} from '../../support/index.js';
import type { FaultStack } from '../../support/fault-stack.js';
import { busyEvent } from './busy-event.js';
import { expectReconciled, paymentAtProvider } from './payment-at-provider.js';

/** Seconds Postgres stays unreachable (every connection reset, new ones refused), as during a restart. */
const DOWN_SECONDS = Number(process.env.POSTGRES_OUTAGE_SECONDS ?? 5);
const EVENT = `query($id: ID!) { event(id: $id) { id title venue { name } } }`;
const ME = `{ me { id name } }`;

/** What a client may see while the database is away: the service named, nothing else. */
function expectCleanFailure(result: GraphQLResponse<any>): void {
  for (const error of result.errors ?? []) {
    expect(error.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE' });
    expect(JSON.stringify(error)).not.toMatch(/ECONN|select |insert |update |\bat .*\.js/i);
  }
}

/** Point 4: Postgres goes away and comes back while customers browse, hold, release and pay. */
export function postgresRestart(faults: () => FaultStack): void {
  let customer: TestUser;
  let event: EventFixture;

  beforeAll(async () => {
    ({ customers: [customer], event } = await busyEvent(1));
  }, 60_000);

  /** One round of every kind of request; returns the answers. */
  async function round(): Promise<GraphQLResponse<any>[]> {
    const answers = [
      await gql(EVENT, { id: event.id }, customer.token),
      await gql(ME, {}, customer.token),
    ];
    const hold = await tryHoldSeats(customer, event.id, nextSeats(event));
    answers.push(hold);
    if (hold.data?.holdSeats) answers.push(await tryReleaseHold(customer, hold.data.holdSeats.id));
    return answers;
  }

  test(`Postgres away ${DOWN_SECONDS} s: requests fail cleanly naming the service, pools reconnect by themselves, nothing is half-written`, async () => {
    const { postgres } = faults();
    await postgres.cut();
    const downAt = Date.now();
    const during: GraphQLResponse<any>[] = [];
    while (Date.now() - downAt < DOWN_SECONDS * 1000) during.push(...(await round()));
    await postgres.restore();
    const failed = during.filter((answer) => answer.errors?.length);
    console.log(`Postgres outage: ${during.length} requests in ${DOWN_SECONDS} s, ${failed.length} failed with ${JSON.stringify([...new Set(failed.map(errorCode))])}`);
    expect(failed.length).toBeGreaterThan(0);
    for (const answer of during) expectCleanFailure(answer);

    // Every pool reconnects without help: a whole round succeeds within seconds.
    const recoveredAt = Date.now();
    await eventually(async () => {
      for (const answer of await round()) expect(answer.errors).toBeUndefined();
    }, 30_000, 250);
    console.log(`Postgres outage: every kind of request answered again ${Date.now() - recoveredAt} ms after it came back`);

    // Nothing half-written: seats are HELD exactly by live holds, and every change's fact was published.
    const [inventory] = await queryDatabase<{ strays: string }>(
      'bookings',
      `select count(*) as strays from seat_inventory s left join seat_hold h on h.id = s.hold_id
       where s.event_id = $1 and ((s.state = 'HELD') <> (h.status is not distinct from 'ACTIVE'))`,
      [event.id],
    );
    expect(Number(inventory!.strays)).toBe(0);
    await eventually(async () => {
      const [backlog] = await queryDatabase<{ count: string }>('bookings', `select count(*) from outbox_message where published_at is null`);
      expect(Number(backlog!.count)).toBe(0);
    }, 30_000, 500);
  }, 120_000);

  test('a payment the provider captured while Postgres was away is reconciled once it is back', async () => {
    const { postgres } = faults();
    const { bookingId, answer } = await paymentAtProvider(customer, event);
    await postgres.cut();
    const failed = await answer;
    await postgres.restore();
    expect(errorCode(failed)).toBe('SUBGRAPH_UNAVAILABLE');
    expectCleanFailure(failed);
    await expectReconciled(customer, bookingId, 'Postgres came back');
    expect(await gqlOk(`query($id: ID!) { booking(id: $id) { status } }`, { id: bookingId }, customer.token)).toEqual({ booking: { status: 'CONFIRMED' } });
  }, 120_000);
}
