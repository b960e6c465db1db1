import { eventOnSale, eventually, gql, metricSample, registerUser, type EventFixture, type TestUser } from '../../support/index.js';
import type { FaultStack } from '../../support/fault-stack.js';

const EVENT_WITH_VENUE = `query($id: ID!) { me { id } event(id: $id) { id title venue { name } } }`;
const ME = `{ me { id } }`;
/**
 * The same join under a distinct alias per `n`: the gateway's fetches of different documents are
 * not merged, so `n` joins at once keep up to that many pooled connections to venues busy.
 */
const distinctJoin = (n: number) => `query($id: ID!) { me { id } event(id: $id) { id title venue { name n${n}: name } } }`;

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

  /** The gateway's failed and retried fetches from venues so far (retries hide a stale pooled socket from clients). */
  const venuesFetchFailures = async () => {
    const gateway = new URL(faults().stack.gatewayUrl).origin;
    const [unavailable, retried] = await Promise.all([
      metricSample(gateway, 'gateway_subgraph_fetch_duration_seconds_count', 'subgraph="venues",outcome="unavailable"'),
      metricSample(gateway, 'gateway_subgraph_fetch_retries_total', 'subgraph="venues"'),
    ]);
    return { unavailable: unavailable ?? 0, retried: retried ?? 0 };
  };

  const joins = (count: number, token: string) => Promise.all(Array.from({ length: count }, (_, n) => gql(distinctJoin(n), { id: event.id }, token)));

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
    // The gateway's pool holds many connections to venues when it dies, each of which goes stale.
    expect((await joins(64, customer.token)).filter((result) => result.errors?.length)).toEqual([]);

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

    // Fetches that failed while venues was down were counted, and each query among them was retried once.
    const afterRestart = await venuesFetchFailures();
    expect(afterRestart.unavailable).toBeGreaterThan(0);
    expect(afterRestart.retried).toBeGreaterThan(0);

    // The first requests after the restart, many at once, all succeed over the gateway's pool: no
    // fetch meets a reset connection, not even one the gateway's retry would have hidden.
    const results = await joins(200, customer.token);
    const failed = results.filter((result) => result.errors?.length || result.data?.event?.venue?.name !== event.venue.name);
    await traffic.stop();
    const afterJoins = await venuesFetchFailures();
    console.log(
      `subgraph crash: ${traffic.counts.sent} users queries during the fault (${traffic.counts.failed} failed), ${results.length} joins after the restart (${failed.length} failed); ` +
        `venues fetches unavailable/retried: ${afterRestart.unavailable}/${afterRestart.retried} at the restart, ${afterJoins.unavailable}/${afterJoins.retried} after the joins`,
    );
    expect(failed).toEqual([]);
    expect(afterJoins).toEqual(afterRestart);
    expect(traffic.counts.failed).toBe(0);
  }, 120_000);
}
