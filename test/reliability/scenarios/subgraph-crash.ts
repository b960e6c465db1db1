import { eventOnSale, eventually, gql, registerUser, type EventFixture, type TestUser } from '../../support/index.js';
import type { FaultStack } from '../../support/fault-stack.js';

const EVENT_WITH_VENUE = `query($id: ID!) { me { id } event(id: $id) { id title venue { name } } }`;
const ME = `{ me { id } }`;

/** Point 3: the venues subgraph is killed (SIGKILL) while traffic flows, and the launcher restarts it. */
export function subgraphCrash(faults: () => FaultStack): void {
  let customer: TestUser;
  let event: EventFixture;

  beforeAll(async () => {
    const organizer = await registerUser('ORGANIZER');
    customer = await registerUser('CUSTOMER');
    event = await eventOnSale(organizer);
  }, 60_000);

  const gatewayReadiness = async () => {
    const response = await fetch(new URL('/health/ready', faults().stack.gatewayUrl));
    return { status: response.status, checks: ((await response.json()) as { checks: Record<string, boolean> }).checks };
  };

  /** Queries only live subgraphs (users) for as long as it runs; counts what failed. */
  function steadyTraffic(token: string) {
    let running = true;
    const counts = { sent: 0, failed: 0 };
    const loop = (async () => {
      while (running) {
        const result = await gql(ME, {}, token);
        counts.sent += 1;
        if (result.errors?.length || result.data?.me?.id !== customer.id) counts.failed += 1;
      }
    })();
    return { counts, stop: async () => ((running = false), await loop) };
  }

  test('a killed subgraph is named in errors, other parts answer, readiness shows it, and it comes back with no stale sockets', async () => {
    const { stack } = faults();
    const before = await gql(EVENT_WITH_VENUE, { id: event.id }, customer.token);
    expect(before.errors).toBeUndefined();
    expect(await gatewayReadiness()).toMatchObject({ status: 200, checks: { 'subgraph:venues': true } });

    const traffic = steadyTraffic(customer.token);
    await stack.services.venues.crash();

    // The launcher waits before restarting and the subgraph takes seconds to listen again.
    const [down, readiness] = await Promise.all([gql(EVENT_WITH_VENUE, { id: event.id }, customer.token), gatewayReadiness()]);
    expect(down.errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'venues' });
    expect(down.errors?.[0]?.message).toMatch(/venues/);
    // Partial data: `me` answers; `event` is nulled, since the contract's `Event.venue` is non-null.
    expect(down.data).toEqual({ me: { id: customer.id }, event: null });
    expect(readiness).toMatchObject({ status: 503, checks: { 'subgraph:venues': false, 'subgraph:users': true } });

    await eventually(async () => expect((await gatewayReadiness()).status).toBe(200), 60_000, 250);
    expect(stack.launcherLines.some((line) => /venues died \(SIGKILL\); restarting it in/.test(line))).toBe(true);

    // The first requests after the restart, many at once, all succeed over the gateway's pool.
    const results = await Promise.all(Array.from({ length: 200 }, () => gql(EVENT_WITH_VENUE, { id: event.id }, customer.token)));
    const failed = results.filter((result) => result.errors?.length || result.data?.event?.venue?.name !== event.venue.name);
    await traffic.stop();
    console.log(`subgraph crash: ${traffic.counts.sent} users queries during the fault (${traffic.counts.failed} failed), ${results.length} joins after the restart (${failed.length} failed)`);
    expect(failed).toEqual([]);
    expect(traffic.counts.failed).toBe(0);
  }, 120_000);
}
