import { ABUSES } from '../../bench/src/hostile/abuses.js';
import { runHostile } from '../../bench/src/hostile/hostile-run.js';
import { stackUrls } from '../support/index.js';

/** The suite's bounded run of `npm run bench -- hostile` (loopback only). */
describe('a hostile client', () => {
  it('gets no 5xx, no leaks and only documented codes over 2,000 requests of every kind of abuse', async () => {
    expect(ABUSES.length).toBeGreaterThanOrEqual(25);
    expect(ABUSES.filter((abuse) => abuse.name.startsWith('websocket')).length).toBeGreaterThanOrEqual(3);
    const { subgraphs, gateway } = stackUrls();
    const report = await runHostile({ gatewayUrl: gateway, subgraphUrls: Object.values(subgraphs).map((origin) => `${origin}/graphql`) }, 2_000, 8);
    expect(report.serverErrors).toBe(0);
    expect(report.problems).toEqual([]);
    expect(report.normalQueryMs).toBeLessThan(1_000);
  }, 300_000);
});
