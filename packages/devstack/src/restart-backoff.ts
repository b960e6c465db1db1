/** The first restart after a crash waits this long; each further crash in a row doubles it. */
const FIRST_DELAY_MS = 500;
const LONGEST_DELAY_MS = 30_000;

/** How long to wait before restarting a process that crashed `crashesInARow` times (1 = the first). */
export const restartDelayMs = (crashesInARow: number): number =>
  Math.min(LONGEST_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, crashesInARow - 1));
