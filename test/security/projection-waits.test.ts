import { randomUUID } from 'node:crypto';
import { gql, leastStatements } from '../support/index.js';

/** The test stack's PROJECTION_WAIT_MS (test/support/global-setup.ts). */
const WAIT_MS = 10_000;

describe('waiting for facts that never come', () => {
  it('answers a read of an unknown id at once when the projection has caught up', async () => {
    const started = performance.now();
    const response = await gql(`query($id: ID!) { seatAvailability(eventId: $id) { total } }`, { id: randomUUID() });
    expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(performance.now() - started).toBeLessThan(WAIT_MS / 3);
  });

  it('answers many aliased reads of unknown ids at once, at a bounded cost', async () => {
    const { bookings: least } = await leastStatements(
      ['bookings'],
      async (headers) => {
        const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: seatAvailability(eventId: "${randomUUID()}") { total }`);
        const started = performance.now();
        const response = await gql(`{ ${aliases.join(' ')} }`, {}, undefined, headers);
        expect(performance.now() - started).toBeLessThan(WAIT_MS / 3);
        // seatAvailability is non-null: the first unknown id nulls the whole answer.
        expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      },
    );
    // One look per alias, a second for the request's first PROJECTION_WAITS_PER_REQUEST ids
    // (the rest are past its budget), and the loaders' batches: not a poll per alias.
    expect(least).toBeLessThan(40);
  }, 60_000);
});
