import { createLogger } from '../../src/logging/logger.js';
import { PeriodicTask } from '../../src/util/periodic-task.js';
import { waitFor } from '../../src/util/wait-for.js';

const logger = createLogger('periodic-task-test');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a periodic task', () => {
  it('runs one at a time, and a wake during a run asks for exactly one more', async () => {
    let running = 0;
    let maxRunning = 0;
    let runs = 0;
    const task = new PeriodicTask({
      name: 'test',
      intervalMs: 60_000,
      logger,
      run: async () => {
        running += 1;
        maxRunning = Math.max(maxRunning, running);
        runs += 1;
        await sleep(50);
        running -= 1;
      },
    }).start();
    for (let i = 0; i < 5; i += 1) task.wake();
    await sleep(200);
    await task.stop();
    expect(maxRunning).toBe(1);
    expect(runs).toBe(2);
  });

  it('keeps its schedule after a failed run and runs no more once stopped', async () => {
    let runs = 0;
    const task = new PeriodicTask({
      name: 'test',
      intervalMs: 20,
      logger,
      run: async () => {
        runs += 1;
        throw new Error('boom');
      },
    }).start();
    // Runs after failures come from the schedule alone; a loaded machine may take longer to reach three.
    await waitFor(async () => (runs >= 3 ? true : undefined), { timeoutMs: 5_000, intervalMs: 10 });
    await task.stop();
    const stoppedAt = runs;
    expect(stoppedAt).toBeGreaterThan(2);
    task.wake();
    await sleep(60);
    expect(runs).toBe(stoppedAt);
  });
});
