import { ProjectionWait } from '../../src/util/projection-wait.js';

describe('waiting for a projection', () => {
  it('shares one poll among concurrent waits for the same key', async () => {
    const wait = new ProjectionWait(1_000);
    let probes = 0;
    let arrived = false;
    const probe = async () => {
      probes += 1;
      return arrived ? 'fact' : null;
    };
    const waits = Array.from({ length: 20 }, () => wait.until('event:1', probe));
    setTimeout(() => (arrived = true), 120);
    expect(await Promise.all(waits)).toEqual(Array(20).fill('fact'));
    expect(probes).toBeLessThan(10);
  });

  it('gives up after its timeout with undefined', async () => {
    const wait = new ProjectionWait(100);
    const started = Date.now();
    expect(await wait.until('event:2', async () => null)).toBeUndefined();
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
  });
});
