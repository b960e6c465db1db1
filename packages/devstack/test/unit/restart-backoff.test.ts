import { restartDelayMs } from '../../src/restart-backoff.js';

test('a crashed service is restarted after 0.5 s, doubling with each crash in a row up to 30 s', () => {
  expect([1, 2, 3, 4, 7, 8, 20].map(restartDelayMs)).toEqual([500, 1_000, 2_000, 4_000, 30_000, 30_000, 30_000]);
});
