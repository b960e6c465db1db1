import { nextAttemptDelay } from '../../src/services/retry-schedule.js';

describe('nextAttemptDelay', () => {
  const policy = { baseMs: 1_000, maxMs: 10_000, maxAttempts: 6 };

  it('doubles after every failed attempt, up to the cap', () => {
    expect([1, 2, 3, 4, 5].map((attempts) => nextAttemptDelay(attempts, policy))).toEqual([1_000, 2_000, 4_000, 8_000, 10_000]);
  });

  it('gives up once the attempts are used up', () => {
    expect(nextAttemptDelay(6, policy)).toBeUndefined();
    expect(nextAttemptDelay(7, policy)).toBeUndefined();
  });
});
