import { ProjectionWait } from '../../src/util/projection-wait.js';
import { WaitBudget } from '../../src/util/wait-budget.js';

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

describe('a request waiting within its WaitBudget', () => {
  it('waits for its first keys and answers at once past them', async () => {
    const wait = new ProjectionWait(300);
    const budget = new WaitBudget(2, 300);
    const started = Date.now();
    await budget.run(() => Promise.all([wait.until('event:a', async () => null), wait.until('event:b', async () => null)]));
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    const third = Date.now();
    expect(await budget.run(() => wait.until('event:c', async () => null))).toBeUndefined();
    expect(Date.now() - third).toBeLessThan(50);
  });

  it('ends every wait of the request by one deadline, counted from its first', async () => {
    const wait = new ProjectionWait(1_000);
    const budget = new WaitBudget(10, 300);
    const started = Date.now();
    for (const key of ['event:d', 'event:e', 'event:f']) await budget.run(() => wait.until(key, async () => null));
    expect(Date.now() - started).toBeLessThan(600);
  });

  it('still looks once when the budget is spent', async () => {
    const wait = new ProjectionWait(1_000);
    const budget = new WaitBudget(0, 1_000);
    expect(await budget.run(() => wait.until('event:g', async () => 'row'))).toBe('row');
  });
});

describe('a read that may answer once the projection has caught up', () => {
  it('gives up as soon as the consumer has applied everything, and not before', async () => {
    let caughtUp = false;
    const wait = new ProjectionWait(5_000, { caughtUpSince: async () => caughtUp });
    setTimeout(() => (caughtUp = true), 100);
    const started = Date.now();
    expect(await wait.until('event:h', async () => null, { answerWhenCaughtUp: true })).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('leaves writes waiting whatever the consumer says', async () => {
    const wait = new ProjectionWait(400, { caughtUpSince: async () => true });
    const started = Date.now();
    expect(await wait.until('event:i', async () => null)).toBeUndefined();
    expect(Date.now() - started).toBeGreaterThanOrEqual(380);
  });
});
