import TestSequencer from '@jest/test-sequencer';

/**
 * Jest's order (failures first, then the longest by its cache, else the largest file), except
 * that the fault tests start first: they run for minutes on private stacks of their own, and on a
 * fresh clone (no timing cache, as in CI) they would otherwise start last and finish alone.
 */
export default class SlowSuitesFirst extends TestSequencer {
  async sort(tests) {
    const ordered = await super.sort(tests);
    const first = (test) => test.path.includes('/test/reliability/');
    return [...ordered.filter(first), ...ordered.filter((test) => !first(test))];
  }
}
