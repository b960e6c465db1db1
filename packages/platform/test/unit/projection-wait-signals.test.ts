import { randomUUID } from 'node:crypto';
import { appliedFacts } from '../../src/messaging/applied-facts.js';
import { ProjectionWait } from '../../src/util/projection-wait.js';

/** A projection row that appears when `arrive` is called, counting how often it is looked for. */
function projection() {
  let value: string | undefined;
  const state = { probes: 0 };
  return {
    state,
    probe: async () => {
      state.probes += 1;
      return value;
    },
    arrive: (id: string) => {
      value = 'row';
      appliedFacts.applied(id);
    },
  };
}

describe('ProjectionWait', () => {
  it('looks again as soon as a fact about the awaited aggregate is applied, not by polling', async () => {
    const id = randomUUID();
    const row = projection();
    const started = performance.now();
    const waiting = new ProjectionWait(5_000).until(`venue:${id}`, row.probe);
    setTimeout(() => row.arrive(id), 300);
    expect(await waiting).toBe('row');
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(row.state.probes).toBe(2);
  });

  it('costs a handful of looks for an id that never comes, and gives up at the timeout', async () => {
    const row = projection();
    const started = performance.now();
    expect(await new ProjectionWait(2_500).until(`venue:${randomUUID()}`, row.probe)).toBeUndefined();
    expect(performance.now() - started).toBeGreaterThanOrEqual(2_400);
    expect(row.state.probes).toBeLessThanOrEqual(4);
  });

  it('shares one wait among every request for the same id', async () => {
    const id = randomUUID();
    const row = projection();
    const wait = new ProjectionWait(5_000);
    const crowd = Promise.all(Array.from({ length: 50 }, () => wait.until(`venue:${id}`, row.probe)));
    setTimeout(() => row.arrive(id), 200);
    expect(await crowd).toEqual(Array(50).fill('row'));
    expect(row.state.probes).toBe(2);
  });
});
